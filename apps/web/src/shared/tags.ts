/** The words typed in a TagsInput as the server takes them: trimmed, without blanks or repeats. */
export const tagsOf = (tags: readonly string[] | undefined): string[] => [
  ...new Set((tags ?? []).map((tag) => tag.trim()).filter(Boolean)),
];
