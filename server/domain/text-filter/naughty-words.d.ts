/** naughty-words ships JSON word lists keyed by language code and no types of its own. */
declare module 'naughty-words' {
  const lists: Readonly<Record<string, readonly string[]>>;
  export default lists;
}
