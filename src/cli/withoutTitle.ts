/**
 * The body without a first line that only repeats the title (a Markdown `# title`, a page's
 * `<h1>`): the title is indexed on its own, with its own weight, and counting it again in the
 * body would only inflate the body's length.
 *
 * @example
 * withoutTitle('Descale\nFill it halfway.', 'Descale') // 'Fill it halfway.'
 */
export const withoutTitle = (body: string, title: string): string =>
  body.startsWith(title + '\n') ? body.slice(title.length + 1) : body === title ? '' : body;
