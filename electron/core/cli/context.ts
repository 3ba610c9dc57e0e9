// What a command gets to work with: its checked arguments, output helpers,
// and the service, opened on first use (so --help, usage errors and
// `flags --text` never touch a database).
import { resolve } from 'node:path';
import type { InputOf, MethodName, OutputOf, ServiceApi } from '../../../shared/api';
import type { QueueFilter, QueuePage } from '../../../shared/types';
import { AppError } from '../../../shared/errors';
import { UsageError } from './exit-codes';
import { say } from './i18n';
import type { EventBus } from '../events';
import type { Args } from './args';
import type { CliIo } from './io';
import { openCliQueueReader, openCliService, type CliService } from './service-connection';
import type { QueueReader } from '../store/queue-reader';

export class CliContext {
  private opened: CliService | null = null;
  /** Not looked for yet (undefined), or none to read from (null: the service must open the file). */
  private reader: QueueReader | null | undefined = undefined;

  constructor(
    readonly io: CliIo,
    readonly args: Args,
  ) {}

  get json(): boolean {
    return this.args.flag('json');
  }

  /** The database path as given with --db (resolved against the working directory), or null for the default. */
  get explicitDbPath(): string | null {
    const given = this.args.string('db');
    return given === undefined ? null : resolve(this.io.cwd, given);
  }

  out(text = ''): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** Notes for humans (progress, hints) go to stderr so stdout stays clean for pipes and --json. */
  note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** True when stdout is a terminal and colours are welcome (https://no-color.org). */
  get color(): boolean {
    return this.io.stdout.isTTY === true && !this.io.env.NO_COLOR && this.io.env.TERM !== 'dumb';
  }

  async service(): Promise<ServiceApi> {
    return (await this.open()).api;
  }

  /** The service's event stream (sync progress), for commands that show it. */
  async events(): Promise<EventBus> {
    return (await this.open()).events;
  }

  private async open(): Promise<CliService> {
    if (!this.opened) this.opened = await openCliService(this.explicitDbPath, this.io.env);
    return this.opened;
  }

  /** Calls one operation of the contract, validating the input exactly as the other transports do. */
  async call<K extends MethodName>(name: K, raw: InputOf<K>): Promise<OutputOf<K>> {
    // The contract (zod schemas for every operation) loads on the first call, not at start-up.
    const { parseCall } = await import('../../../shared/validate');
    let input;
    try {
      ({ input } = parseCall<K>(name, raw));
    } catch (err) {
      // The contract refused a value typed on the command line: that is bad usage of this command.
      // Said in the CLI's language (the contract's refusal is coded: shared/validate.ts).
      if (err instanceof AppError && err.kind === 'bad-input') throw new UsageError(say(err), this.args.command);
      throw err;
    }
    const api = await this.service();
    // The contract's map is keyed by name; TypeScript cannot narrow a generic index, hence the cast.
    const method = api[name] as (input: unknown) => Promise<OutputOf<K>>;
    return method(input);
  }

  /**
   * A page of the queue, as `call('listQueue', …)` answers it. A plain list (not Unreplied, whose
   * window is a setting) asked before anything else opened the service is read read-only
   * (openCliQueueReader), which spares `moderato queue` the service's start-up. An input outside
   * the contract's bounds goes through the contract, so it is refused exactly as before.
   */
  async listQueue(input: { filter: QueueFilter; cursor: string | null; limit: number }): Promise<QueuePage> {
    const { filter } = input;
    const withinContract = input.limit >= 1 && input.limit <= 500 && (filter.search?.length ?? 0) <= 500;
    if (!this.opened && !filter.unreplied && withinContract) {
      if (this.reader === undefined) this.reader = await openCliQueueReader(this.explicitDbPath, this.io.env);
      if (this.reader) return this.reader.listQueue({ ...filter, unreplied: false }, input.cursor, input.limit);
    }
    return this.call('listQueue', input);
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    this.reader?.close();
    this.reader = null;
    if (opened) await opened.close();
  }
}
