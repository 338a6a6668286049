import { CLASS_META, ROLES, type Role } from '../../model/live-role';

/**
 * The role the class server gave this page, from the `<meta>` it writes into the pages it serves; undefined
 * for a page any other server (or the disk) served: then no channel code loads and nothing connects.
 */
export function classRole(doc: Document): Role | undefined {
  const content = doc.querySelector(`meta[name="${CLASS_META}"]`)?.getAttribute('content');
  return ROLES.find((role) => role === content);
}
