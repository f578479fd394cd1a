#!/usr/bin/env bash
# Off-site copy: uploads the backup directory to S3-compatible object storage. Runs after
# the backup, in the same pod, from a pinned aws-cli image. Only finished files are sent
# (never *.partial or temporary directories); files already there are skipped. Nothing
# is deleted remotely: the bucket's lifecycle rules decide how long off-site copies live.
#
# Env: BACKUP_DIR, S3_ENDPOINT, S3_BUCKET, S3_PREFIX, AWS_DEFAULT_REGION,
#      AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.
set -euo pipefail

: "${BACKUP_DIR:?}" "${S3_ENDPOINT:?}" "${S3_BUCKET:?}" "${S3_PREFIX:?}"
: "${AWS_ACCESS_KEY_ID:?}" "${AWS_SECRET_ACCESS_KEY:?}"
destination="s3://$S3_BUCKET/${S3_PREFIX%/}/"

echo "uploading $BACKUP_DIR to $destination via $S3_ENDPOINT" >&2
aws --endpoint-url="$S3_ENDPOINT" s3 sync "$BACKUP_DIR/" "$destination" \
  --exclude='*.partial' --exclude='.tmp-*' --exclude='lost+found/*' --no-progress
echo "upload complete" >&2
