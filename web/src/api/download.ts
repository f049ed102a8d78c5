import { ApiError } from './client';

/**
 * Downloads what a GET route answers as a file under the name the API gives it
 * (`content-disposition`): fetched with the bearer token, which a plain link cannot carry.
 */
export async function download(url: string, token: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, 'x-correlation-id': crypto.randomUUID() },
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(response.status, answer.error ?? response.statusText);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
