// Names shared by every joulecheck step of a repository: artifact names, hidden comment markers, badge
// file names. Pure. Job ids and labels come from the workflow (labels are validated by parseInputs), but
// everything that ends up in a name or an HTML comment is sanitised here once more.

/** Prefix of every artifact this action uploads. `mode: report` collects artifacts by this prefix. */
export const ARTIFACT_PREFIX = 'joulecheck-';
/** The default label: not repeated in names. */
export const DEFAULT_LABEL = 'run';

/** Keeps letters, digits, `.`, `_`, `-`; anything else becomes `_` (max 80 chars). */
export function safeNamePart(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '_').slice(0, 80);
  return cleaned === '' ? '_' : cleaned;
}

/** `joulecheck-<job>[-<label>]` (the label only when it is not the default). */
export function artifactName(job: string, label: string): string {
  const base = `${ARTIFACT_PREFIX}${safeNamePart(job)}`;
  return label === DEFAULT_LABEL ? base : `${base}-${safeNamePart(label)}`;
}

/** Key of one sticky comment: the job, plus the label when it is not the default. */
export function stickyKey(job: string, label: string): string {
  return label === DEFAULT_LABEL ? safeNamePart(job) : `${safeNamePart(job)}/${safeNamePart(label)}`;
}

/** Key of the one comment of a `mode: report` job. */
export function reportKey(job: string): string {
  return `report:${safeNamePart(job)}`;
}

/**
 * Hidden marker that identifies one sticky comment. It is the first line of the body; the key only
 * contains [A-Za-z0-9._/:-], so it cannot close the HTML comment.
 */
export function stickyMarker(key: string): string {
  const k = key.replace(/[^A-Za-z0-9._/:-]/g, '_').replace(/-{2,}/g, '-');
  return `<!-- joulecheck:sticky:${k} -->`;
}

/** Badge file stem for a job/label, e.g. `train` or `train-bert`. */
export function badgeStem(job: string, label: string): string {
  return label === DEFAULT_LABEL ? safeNamePart(job) : `${safeNamePart(job)}-${safeNamePart(label)}`;
}
