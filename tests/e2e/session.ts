// One browser with the extension per test file, closed when the file is done.
import { afterAll, beforeAll } from 'vitest';
import { launch, type Session } from './harness';

type Options = Parameters<typeof launch>[0];

export function useSession(options?: Options): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}
