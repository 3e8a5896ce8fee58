/** The address of an insurer's portal: `vivium.<platform host>`. */
export function insurerUrl(publicUrl: string, slug: string): string {
  const url = new URL(publicUrl);
  url.hostname = `${slug}.${url.hostname}`;
  return url.toString().replace(/\/$/, "");
}
