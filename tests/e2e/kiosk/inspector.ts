// The app's page driven through WebKit's remote inspector instead of WebDriver, for the kiosk
// soak (kiosk-soak.ts). A kiosk gives each person a new page process (WebKit's web process),
// and WebKitWebDriver ends its session whenever the page's process ends; the inspector's
// connection reaches the page process the window had when it opened: when a message gets no
// answer, a new connection reaches the new one.
//
// WebKitGTK serves the inspector when the app starts with WEBKIT_INSPECTOR_HTTP_SERVER=
// 127.0.0.1:<port>: an HTML list of the windows, each with a WebSocket address
// (/socket/<connection>/<window>/WebPage). Messages to the page's scripts go through the
// window's Target domain (Target.sendMessageToTarget), and their answers come back as
// Target.dispatchMessageFromTarget events.

import WebSocket from "ws";

type Reply = { id: number; result?: { result?: { value?: unknown }; wasThrown?: boolean }; error?: { message: string } };

/** One connection to the window's inspector, to the page process it had when it opened. */
class Connection {
  private next = 1;
  private pending = new Map<number, (r: Reply) => void>();
  private target: Promise<string>;

  constructor(private socket: WebSocket) {
    let found: (id: string) => void = () => {};
    this.target = new Promise((resolve) => (found = resolve));
    socket.on("message", (data) => {
      const m = JSON.parse(data.toString()) as { method?: string; params?: Record<string, any> };
      if (m.method === "Target.targetCreated" && m.params?.targetInfo?.type === "page") {
        found(m.params.targetInfo.targetId);
      } else if (m.method === "Target.dispatchMessageFromTarget" && m.params) {
        const reply = JSON.parse(m.params.message) as Reply;
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      }
    });
  }

  /** Sends `method` to the page; undefined if no answer comes within `within` ms (the page's
   * process has ended, and with it what this connection reached). */
  async send(method: string, params: Record<string, unknown>, within: number): Promise<Reply | undefined> {
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), within));
    const targetId = await Promise.race([this.target, timeout]);
    if (targetId === undefined) return undefined;
    const id = this.next++;
    const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
    const message = JSON.stringify({ id, method, params });
    this.socket.send(JSON.stringify({ id: this.next++, method: "Target.sendMessageToTarget", params: { targetId, message } }));
    return Promise.race([reply, timeout]);
  }

  close() {
    this.socket.close();
  }
}

/** The app's window, through its inspector on a port of this machine. */
export class Inspector {
  private connection: Connection | null = null;

  constructor(private port: number) {}

  /** A connection to the window's current page, opened when there is none; waits up to
   * `timeout` ms for the app to serve one. */
  private async connect(timeout = 30_000): Promise<Connection> {
    if (this.connection) return this.connection;
    const until = Date.now() + timeout;
    for (;;) {
      const list = await fetch(`http://127.0.0.1:${this.port}/`).then((r) => r.text(), () => "");
      const found = list.match(/\/socket\/\d+\/\d+\/WebPage/g) ?? [];
      if (found.length > 1) throw new Error(`the inspector lists ${found.length} windows, not one`);
      if (found.length === 1) {
        const socket = new WebSocket(`ws://127.0.0.1:${this.port}${found[0]}`);
        const open = await new Promise<boolean>((resolve) => {
          socket.once("open", () => resolve(true));
          socket.once("error", () => resolve(false));
        });
        if (open) return (this.connection = new Connection(socket));
      }
      if (Date.now() > until) throw new Error(`no window to inspect on port ${this.port}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private async send(method: string, params: Record<string, unknown> = {}): Promise<Reply> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const reply = await (await this.connect()).send(method, params, 3_000);
      if (reply) {
        if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
        return reply;
      }
      // No answer: the page's process was replaced; the next connection reaches the new one.
      this.connection?.close();
      this.connection = null;
    }
    throw new Error(`${method}: the page never answered`);
  }

  /** The value of `expression` in the page (a JSON value); a script that throws is an error. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send("Runtime.evaluate", { expression, returnByValue: true });
    if (r.result?.wasThrown) throw new Error(`the page threw: ${JSON.stringify(r.result.result)}`);
    return r.result?.result?.value as T;
  }

  /** A full garbage collection in the page's JavaScript. */
  async collectGarbage() {
    await this.send("Heap.gc");
  }

  close() {
    this.connection?.close();
  }
}
