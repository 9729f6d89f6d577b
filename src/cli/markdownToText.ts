import { htmlToText } from '../search/htmlToText';

/**
 * Plain text from Markdown, for the index: the words a visitor could search for, without the
 * syntax. Headings, emphasis, list and quote markers, table pipes and code fences go; link and
 * image text stay (their URLs go); inline HTML becomes text. Blocks stay on separate lines.
 *
 * @example
 * markdownToText('## Fill it\n\n1. Pour **white vinegar** ([why?](/hc/why))') // 'Fill it\nPour white vinegar (why?)'
 */
export function markdownToText(md: string): string {
  const text = md
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(```|~~~).*$/gm, '') // fence lines; the code inside is searchable text
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, '') // link reference definitions
    .replace(/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, '') // horizontal rules
    .replace(/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, '') // table separator rows
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)([ \t]+#+)?[ \t]*$/gm, '$1') // ATX headings
    .replace(/^([^\n]+)\n {0,3}(=+|-+)[ \t]*$/gm, '$1') // setext headings
    .replace(/^[ \t]*(>[ \t]?)+/gm, '') // block quotes
    .replace(/^[ \t]*([-*+]|\d+[.)])[ \t]+(\[[ xX]\][ \t]+)?/gm, '') // list markers and task boxes
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text
    .replace(/\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])/g, '$1') // links: their text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
    .replace(/(`+)(.+?)\1/g, '$2') // inline code
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // strong
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3') // emphasis, not snake_case
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/^[ \t]*\|(.*?)\|?[ \t]*$/gm, (_, row: string) => row.replace(/[ \t]*\|[ \t]*/g, ' ')) // table rows
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'); // backslash escapes
  return htmlToText(text.replace(/&(?![#\w]+;)/g, '&amp;').replace(/<(?![a-zA-Z/!])/g, '&lt;'));
}
