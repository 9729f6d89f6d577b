/**
 * A page URL from `--base-url` and a file's path below the input folder, each path segment
 * URL-encoded.
 *
 * @example
 * joinUrl('https://help.example.com/kb/', 'kettle/descale') // 'https://help.example.com/kb/kettle/descale'
 */
export const joinUrl = (base: string, rel: string): string => base.replace(/\/+$/, '') + '/' + rel.split('/').map(encodeURIComponent).join('/');
