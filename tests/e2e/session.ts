// One browser with the extension per test file, closed when the file is done.
import { afterAll, beforeAll } from 'vitest';
import { launch, type Session } from './harness';

export function useSession(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}
