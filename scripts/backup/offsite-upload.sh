#!/usr/bin/env bash
# Off-site copy: uploads the backup directory to S3-compatible object storage. Runs after
# the backup, in the same pod, from a pinned aws-cli image. Only finished files are sent
# (never *.partial or temporary directories); files already there are skipped. Nothing
# is deleted remotely: the bucket's lifecycle rules decide how long off-site copies live.
#
# The access key comes as two files of the mounted Secret; they are written into the
# shared credentials file aws-cli reads (AWS_SHARED_CREDENTIALS_FILE, a tmpfs in the pod),
# so no key is in the environment of the job's processes.
#
# Env: BACKUP_DIR, S3_ENDPOINT, S3_BUCKET, S3_PREFIX, AWS_DEFAULT_REGION,
#      AWS_ACCESS_KEY_ID_FILE, AWS_SECRET_ACCESS_KEY_FILE, AWS_SHARED_CREDENTIALS_FILE.
set -euo pipefail

: "${BACKUP_DIR:?}" "${S3_ENDPOINT:?}" "${S3_BUCKET:?}" "${S3_PREFIX:?}"
: "${AWS_ACCESS_KEY_ID_FILE:?}" "${AWS_SECRET_ACCESS_KEY_FILE:?}" "${AWS_SHARED_CREDENTIALS_FILE:?}"
destination="s3://$S3_BUCKET/${S3_PREFIX%/}/"

key_id=$(<"$AWS_ACCESS_KEY_ID_FILE")
secret=$(<"$AWS_SECRET_ACCESS_KEY_FILE")
if [ -z "$key_id" ] || [ -z "$secret" ]; then
  echo "ERROR: $AWS_ACCESS_KEY_ID_FILE or $AWS_SECRET_ACCESS_KEY_FILE is empty" >&2
  exit 1
fi
(umask 077 && printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key_id" "$secret" >"$AWS_SHARED_CREDENTIALS_FILE")
unset key_id secret

echo "uploading $BACKUP_DIR to $destination via $S3_ENDPOINT" >&2
aws --endpoint-url="$S3_ENDPOINT" s3 sync "$BACKUP_DIR/" "$destination" \
  --exclude='*.partial' --exclude='.tmp-*' --exclude='lost+found/*' --no-progress
echo "upload complete" >&2
