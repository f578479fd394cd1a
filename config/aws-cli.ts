// The aws-cli image of the off-site upload. The upload sets AWS_REQUEST_CHECKSUM_CALCULATION
// and AWS_RESPONSE_CHECKSUM_VALIDATION to when_required, because many S3-compatible stores
// reject the CRC checksums aws-cli sends by default since 2.23.0. Older releases do not
// know these variables (aws/aws-cli#9214, "In AWS CLI v2.23.0, we released changes to the
// S3 client that adopts new default integrity protections"; CHANGELOG 2.23.0).

/** A published amazon/aws-cli tag (Docker Hub), well past 2.23. */
export const AWS_CLI_DEFAULT_TAG = '2.37.5';
export const AWS_CLI_MIN_VERSION = '2.23.0';

/** The version of an aws-cli tag such as `2.37.5` or `2.37.5-amd64`, if it starts with one. */
export function awsCliVersion(tag: string | undefined): [number, number, number] | undefined {
  const m = tag ? /^(\d+)\.(\d+)\.(\d+)/.exec(tag) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** A message when `tag` names an aws-cli release older than 2.23.0; tags that are no version (a mirror's own) pass. */
export function awsCliTooOld(tag: string | undefined): string | undefined {
  const v = awsCliVersion(tag);
  if (!v) return undefined;
  const min = awsCliVersion(AWS_CLI_MIN_VERSION)!;
  const older = v[0] !== min[0] ? v[0] < min[0] : v[1] !== min[1] ? v[1] < min[1] : v[2] < min[2];
  return older
    ? `must be aws-cli ${AWS_CLI_MIN_VERSION} or later: older releases ignore AWS_REQUEST_CHECKSUM_CALCULATION and AWS_RESPONSE_CHECKSUM_VALIDATION, which the upload sets for S3-compatible stores`
    : undefined;
}
