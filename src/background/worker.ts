// Placeholder worker: the extension issue fills this in.
export {};
