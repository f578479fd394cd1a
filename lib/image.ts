// How a configured image becomes a container's `image:` and its version label.

/** An image as config/schema.ts gives it: a tag, a digest, or both. */
export interface ImageRef {
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** `repository:tag`, `repository:tag@sha256:...` or `repository@sha256:...`. */
export function imageReference(image: ImageRef): string {
  if (image.tag === undefined && image.digest === undefined) throw new Error(`image ${image.repository}: neither tag nor digest`);
  return `${image.repository}${image.tag !== undefined ? `:${image.tag}` : ''}${image.digest !== undefined ? `@${image.digest}` : ''}`;
}

/** Hex digits of the digest kept in names and labels: short, like `docker images` shows them. */
export const DIGEST_SHORT = 12;

/**
 * `app.kubernetes.io/version` of a component: its image tag (the schema keeps tags valid
 * label values), or for an image pinned by digest alone `sha256-` and the digest's first
 * 12 hex digits (a label value cannot hold `:` or 64 digits).
 */
export function imageVersion(image: ImageRef): string {
  if (image.tag !== undefined) return image.tag;
  if (image.digest !== undefined) return `sha256-${image.digest.slice('sha256:'.length, 'sha256:'.length + DIGEST_SHORT)}`;
  throw new Error(`image ${image.repository}: neither tag nor digest`);
}

/**
 * What tells one build of an image from another in an object name: the tag, plus the short
 * digest when there is one (a re-pushed tag under a new digest is a new build).
 */
export function imageBuildId(image: ImageRef): string {
  const digest = image.digest?.slice('sha256:'.length, 'sha256:'.length + DIGEST_SHORT);
  if (image.tag !== undefined) return digest ? `${image.tag}-${digest}` : image.tag;
  return imageVersion(image);
}
