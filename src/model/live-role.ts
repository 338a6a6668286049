/**
 * What a page needs to know at start-up about the live class, kept apart from the message schemas so that
 * a page without the class server loads none of them.
 */
export const ROLES = ['lecturer', 'student', 'remote'] as const;
export type Role = (typeof ROLES)[number];

/** The `<meta name>` through which the class server tells a page it is there, and in which role. */
export const CLASS_META = 'class-server';
