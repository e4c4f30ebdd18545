/** PascalCase type names from snake_case technical names: subject_of_care → SubjectOfCare. */
export function typeName(technicalName: string): string {
  return technicalName
    .split('_')
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** camelCase: subject_of_care → subjectOfCare. */
export function camelName(technicalName: string): string {
  const pascal = typeName(technicalName);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** kebab-case path segments: subject_of_care → subject-of-care. */
export function kebabName(technicalName: string): string {
  return technicalName.replaceAll('_', '-');
}
