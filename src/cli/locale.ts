// The user's locale when no --locale is given: the POSIX locale of the shell (LC_ALL > LC_MESSAGES > LANG),
// "en_US.UTF-8" → "en-US". The emergency number then follows the same locale table as the server and the web
// app (src/safety/emergency-number.ts); "C"/"POSIX" name no country and leave the choice to the text's language.
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v?.trim());
  const tag = raw?.split('.')[0]?.split('@')[0]?.replace('_', '-');
  if (!tag || /^(c|posix)$/i.test(tag)) return undefined;
  return tag;
}
