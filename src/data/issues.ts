/** A problem found in a dataset, with where it is. */
export interface DatasetIssue {
  /** A JSON path such as `events[3].start`; empty for the document itself. */
  path: string;
  message: string;
}

/** Each issue as one line: `path: message`. */
export function formatIssue(issue: DatasetIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
