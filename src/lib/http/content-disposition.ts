/**
 * `Content-Disposition: attachment` for a download whose name may hold any letter (RFC 6266):
 * `filename*=UTF-8''...` (RFC 8187, formerly 5987) carries the real name, and `filename="..."`
 * an ASCII stand-in for clients that do not read the first. Neither can break out of the header:
 * quotes, backslashes, control characters and path separators never reach it.
 */
export function contentDisposition(fileName: string): string {
  const clean = fileName.normalize("NFC").replace(/[\p{Cc}\p{Cf}\p{Cs}"\\/]+/gu, "-");
  const ascii =
    clean
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\w.-]+/g, "-")
      .replace(/-+/g, "-")
      .replace(/^-|-$/g, "") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}

/** Percent-encodes everything outside RFC 8187's attr-char. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
