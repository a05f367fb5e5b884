/**
 * The site's time zone setting (`TIME_ZONE`), checked once where it is read. Without the check an
 * unknown zone ("Mars/Olympus", or an empty `TIME_ZONE=` line in a .env file or CI settings)
 * reached the date parser, which then refused every article's date as "no such date or time",
 * blaming the articles instead of the setting.
 */

/** The zone used when `TIME_ZONE` is unset or empty. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * `value` as the site's IANA time zone: DEFAULT_TIME_ZONE when unset or blank, else the name as
 * given (trimmed) when the runtime's time zone data knows it (ECMA-402 IsValidTimeZoneName).
 * @throws Error naming TIME_ZONE, the value and the fix, for a name that is no IANA zone.
 * @example siteTimeZone(undefined) // 'UTC'; siteTimeZone('Europe/Paris') // 'Europe/Paris'
 */
export function siteTimeZone(value: string | undefined): string {
  const zone = value?.trim();
  if (!zone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(
      `TIME_ZONE "${value}" is not an IANA time zone: set it to a zone name such as Europe/London, America/New_York or Asia/Shanghai, or leave it unset for ${DEFAULT_TIME_ZONE}`,
    );
  }
  return zone;
}
