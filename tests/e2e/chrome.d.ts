// Extension APIs that tests call inside the worker or extension pages (code run there, not in Node).
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  action: { getBadgeText(q: { tabId: number }): Promise<string>; getBadgeBackgroundColor(q: { tabId: number }): Promise<number[]> };
  storage: {
    session: { get(key?: string | null): Promise<Record<string, unknown>> };
    sync: ChromeStorageArea;
    local: ChromeStorageArea;
    managed: { get(key?: string | null): Promise<Record<string, unknown>> };
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onConnect: { addListener(listener: (port: ChromePort) => void): void };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};


interface ChromeStorageArea {
  get(key?: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

interface ChromePort {
  sender?: { frameId?: number; tab?: { id?: number } };
  onMessage: { addListener(listener: (message: any) => void): void };
}
