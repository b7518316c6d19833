import {
  type CallName,
  type CallReply,
  type CallRequest,
  errorBody,
  KioskCallError,
  type KioskErrorBody,
  kioskCalls,
} from "./api";

/** The handler map: one function per KioskApi call, each taking the call's parsed request. */
export type KioskHandlers = {
  [C in CallName]: (request: CallRequest<C>) => Promise<CallReply<C>> | CallReply<C>;
};

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: KioskErrorBody };

const isCallName = (name: unknown): name is CallName =>
  typeof name === "string" && Object.hasOwn(kioskCalls, name);

/**
 * Runs one call from an untrusted shell: checks the name, parses the request with the call's
 * schema, runs the handler and checks the reply before it leaves core. Never throws: every
 * failure becomes an error reply the page can show, and the process stays up.
 */
export async function dispatch(
  handlers: KioskHandlers,
  call: unknown,
  request: unknown,
  onInternalError: (call: string, error: unknown) => void = () => undefined,
): Promise<DispatchResult> {
  if (!isCallName(call)) {
    const shown = typeof call === "string" ? `"${call.slice(0, 60)}"` : typeof call;
    return { ok: false, error: errorBody("unknown-call", `unknown call ${shown}`) };
  }
  const schema = kioskCalls[call];
  const parsed = schema.request.safeParse(request ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(request)"}: ${i.message}`)
      .join("; ");
    return { ok: false, error: errorBody("invalid-request", `${call}: ${problems}`) };
  }
  try {
    const handler = handlers[call] as (req: unknown) => unknown;
    const reply = await handler(parsed.data);
    const checked = schema.reply.safeParse(reply);
    if (!checked.success) {
      onInternalError(call, checked.error);
      return { ok: false, error: errorBody("internal", `${call}: reply failed its schema`) };
    }
    return { ok: true, result: checked.data };
  } catch (error) {
    if (error instanceof KioskCallError) return { ok: false, error: error.body() };
    onInternalError(call, error);
    return { ok: false, error: errorBody("internal", `${call} failed`) };
  }
}
