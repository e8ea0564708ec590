/**
 * The fake gateway: WebSocket connections, HELLO / heartbeats / IDENTIFY → READY + GUILD_CREATE / RESUME → replay +
 * RESUMED, per-session sequence numbers and event logs, shard routing by (guild_id >> 22) % shard_count, intent gating
 * of dispatches, and fault hooks (close codes, op 7, op 9, withheld heartbeat ACKs, rejected resumes).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type APIGuildMember,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import { guildCreatePayload } from './fixtures.js';
import { isRecord } from './messages.js';
import { shardForGuild } from './snowflake.js';
import type { DiscordState } from './state.js';

/** A frame as it goes over the wire. */
export interface GatewayFrame {
  op: GatewayOpcodes;
  d: unknown;
  s: number | null;
  t: string | null;
}

export interface IdentifyRecord {
  at: number;
  connectionId: number;
  sessionId: string;
  shardId: number;
  shardCount: number;
  intents: number;
  token: string;
  properties: unknown;
  compress: unknown;
  largeThreshold: unknown;
  presence: unknown;
}

export interface ResumeRecord {
  at: number;
  connectionId: number;
  sessionId: string;
  seq: number | null;
  ok: boolean;
  replayed: number;
  reason?: string;
}

export interface ConnectionRecord {
  id: number;
  path: string;
  query: Record<string, string>;
  openedAt: number;
  closedAt?: number;
  closeCode?: number;
  closedBy?: 'server' | 'client';
  shardId?: number;
}

export interface DispatchRecord {
  at: number;
  t: string;
  shardId: number;
  sessionId: string;
  s: number | null;
  /** False when the session's intents filtered the event out (Discord never sends it). */
  delivered: boolean;
  /** Whether it went out on a live socket right away (else it waits in the session log for a RESUME). */
  sentLive: boolean;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  failedResumes: number;
  heartbeats: number;
  heartbeatAcks: number;
  readies: number;
  serverCloses: number;
  reconnectsRequested: number;
  invalidSessionsSent: number;
}

export interface GatewaySession {
  id: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  log: GatewayFrame[];
  connection: GatewayConnection | null;
  resumable: boolean;
  createdAt: number;
}

export interface DispatchTarget {
  shardId?: number;
  guildId?: string | null;
}

class GatewayConnection {
  session: GatewaySession | null = null;
  /** 'hello': waiting for IDENTIFY/RESUME; 'ready': READY or RESUMED sent; 'closed'. */
  phase: 'hello' | 'ready' | 'closed' = 'hello';
  readonly received: number[] = [];

  constructor(
    readonly id: number,
    readonly ws: WebSocket,
    readonly record: ConnectionRecord,
  ) {}
}

const PRIVILEGED = {
  guildMembers: GatewayIntentBits.GuildMembers,
  presences: GatewayIntentBits.GuildPresences,
  messageContent: GatewayIntentBits.MessageContent,
} as const;

const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === 'number')
  .reduce((all, bit) => all | bit, 0);

function isValidSendCode(code: number): boolean {
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

export class Gateway {
  readonly stats: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    failedResumes: 0,
    heartbeats: 0,
    heartbeatAcks: 0,
    readies: 0,
    serverCloses: 0,
    reconnectsRequested: 0,
    invalidSessionsSent: 0,
  };
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly connections: ConnectionRecord[] = [];
  readonly dispatches: DispatchRecord[] = [];
  readonly presenceUpdates: unknown[] = [];
  readonly sessions: GatewaySession[] = [];
  readonly #live = new Set<GatewayConnection>();
  readonly #wss: WebSocketServer;
  #nextConnectionId = 1;
  #sessionCounter = 0;
  /** Shards (or 'all') whose heartbeats are currently not acknowledged. */
  readonly #noAck = new Set<number | 'all'>();
  #rejectResumes = 0;

  constructor(private readonly state: DiscordState) {
    this.#wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 16 * 1024 * 1024 });
  }

  /** Resume URL handed out in READY: same host, its own path so tests can see the client used it. */
  get resumeUrl(): string {
    return `${this.state.gatewayUrl}/resume`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    if (url.pathname !== '/' && url.pathname !== '/resume') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, url));
  }

  #onConnection(ws: WebSocket, url: URL): void {
    const id = this.#nextConnectionId++;
    const record: ConnectionRecord = {
      id,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      openedAt: Date.now(),
    };
    const conn = new GatewayConnection(id, ws, record);
    this.#live.add(conn);
    this.connections.push(record);
    this.stats.connections += 1;
    this.state.log(`[gateway] connection #${id} ${url.pathname}${url.search}`);
    ws.on('message', (data: RawData, isBinary: boolean) => this.#onMessage(conn, data, isBinary));
    ws.on('close', (code: number) => this.#onClosed(conn, code, 'client'));
    ws.on('error', (error: Error) => this.state.log(`[gateway] connection #${id} error: ${error.message}`));

    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== null && version !== '10') {
      this.#close(conn, GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'Only encoding=json is supported by the fake gateway');
      return;
    }
    this.#send(conn, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.state.config.heartbeatIntervalMs, _trace: ['["fake-discord-gateway",{}]'] },
      s: null,
      t: null,
    });
    this.state.changed();
  }

  #onClosed(conn: GatewayConnection, code: number, by: 'server' | 'client'): void {
    if (conn.phase === 'closed') return;
    conn.phase = 'closed';
    this.#live.delete(conn);
    conn.record.closedAt = Date.now();
    conn.record.closeCode = code;
    conn.record.closedBy = by;
    if (conn.session && conn.session.connection === conn) conn.session.connection = null;
    this.state.log(`[gateway] connection #${conn.id} closed by ${by} with ${code}`);
    this.state.changed();
  }

  #send(conn: GatewayConnection, frame: GatewayFrame): boolean {
    if (conn.ws.readyState !== WebSocket.OPEN) return false;
    conn.ws.send(JSON.stringify(frame));
    return true;
  }

  /** Close one connection; 1006 (and other unsendable codes) drop the TCP connection without a close frame. */
  #close(conn: GatewayConnection, code: number, reason = ''): void {
    this.stats.serverCloses += 1;
    if (isValidSendCode(code)) {
      conn.ws.close(code, reason);
      // Do not wait for the client's close frame forever.
      const timer = setTimeout(() => conn.ws.terminate(), 2000);
      timer.unref();
      conn.ws.once('close', () => clearTimeout(timer));
    } else {
      conn.ws.terminate();
    }
    this.#onClosed(conn, code, 'server');
  }

  #onMessage(conn: GatewayConnection, data: RawData, isBinary: boolean): void {
    if (conn.phase === 'closed') return;
    let payload: unknown;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = isBinary ? undefined : JSON.parse(text);
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    // Discord allows 120 sends per 60 s. Heartbeats are left out of the count here because tests shorten the
    // heartbeat interval far below Discord's 41.25 s.
    if (payload.op !== GatewayOpcodes.Heartbeat) {
      const now = Date.now();
      conn.received.push(now);
      while (conn.received.length > 0 && (conn.received[0] ?? now) < now - 60_000) conn.received.shift();
      if (conn.received.length > 120) {
        this.#close(conn, GatewayCloseCodes.RateLimited, 'You are being rate limited.');
        return;
      }
    }
    const d = payload.d;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.#onHeartbeat(conn);
        return;
      case GatewayOpcodes.Identify:
        this.#onIdentify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.#onResume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!conn.session) {
          this.#close(conn, GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          return;
        }
        if (payload.op === GatewayOpcodes.PresenceUpdate) this.presenceUpdates.push(d);
        if (payload.op === GatewayOpcodes.RequestGuildMembers) this.#onRequestGuildMembers(conn, d);
        this.state.changed();
        return;
      default:
        this.#close(conn, GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #acking(shardId: number | undefined): boolean {
    return !this.#noAck.has('all') && (shardId === undefined || !this.#noAck.has(shardId));
  }

  #onHeartbeat(conn: GatewayConnection): void {
    this.stats.heartbeats += 1;
    if (this.#acking(conn.session?.shardId)) {
      this.#send(conn, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
      this.stats.heartbeatAcks += 1;
    }
    this.state.changed();
  }

  #onIdentify(conn: GatewayConnection, d: unknown): void {
    if (conn.session) {
      this.#close(conn, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!isRecord(d)) {
      this.#close(conn, GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (d.token !== this.state.config.token) {
      this.#close(conn, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shardId = Number(shard[0]);
    const shardCount = Number(shard[1]);
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      this.#close(conn, GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const intents = d.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents) || intents < 0 || (intents & ~ALL_INTENTS) !== 0) {
      this.#close(conn, GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    const allowed = this.state.config.privilegedIntents;
    for (const [key, bit] of Object.entries(PRIVILEGED) as [keyof typeof PRIVILEGED, number][]) {
      if ((intents & bit) !== 0 && !allowed[key]) {
        this.#close(conn, GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
        return;
      }
    }

    this.#sessionCounter += 1;
    const session: GatewaySession = {
      id: `fake${this.#sessionCounter.toString().padStart(4, '0')}${Math.random().toString(16).slice(2, 22).padEnd(20, '0')}`,
      shardId,
      shardCount,
      intents,
      seq: 0,
      log: [],
      connection: conn,
      resumable: true,
      createdAt: Date.now(),
    };
    this.sessions.push(session);
    conn.session = session;
    conn.record.shardId = shardId;
    this.stats.identifies += 1;
    this.identifies.push({
      at: Date.now(),
      connectionId: conn.id,
      sessionId: session.id,
      shardId,
      shardCount,
      intents,
      token: d.token,
      properties: d.properties,
      compress: d.compress,
      largeThreshold: d.large_threshold,
      presence: d.presence,
    });
    this.state.log(`[gateway] IDENTIFY shard [${shardId}, ${shardCount}] intents ${intents} → session ${session.id}`);

    const guilds = [...this.state.guilds.values()].filter((g) => shardForGuild(g.id, shardCount) === shardId);
    const ready: GatewayReadyDispatchData & Record<string, unknown> = {
      v: 10,
      user: { ...this.state.bot, verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl,
      shard: [shardId, shardCount],
      application: { id: this.state.applicationId, flags: APPLICATION_FLAGS, flags_new: String(APPLICATION_FLAGS) },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['["fake-discord-gateway",{}]'],
    };
    this.#emit(session, GatewayDispatchEvents.Ready, ready);
    conn.phase = 'ready';
    this.stats.readies += 1;
    if ((intents & GatewayIntentBits.Guilds) !== 0) {
      const allMembers = (intents & GatewayIntentBits.GuildMembers) !== 0;
      for (const guild of guilds) {
        this.#emit(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild, this.state.bot.id, allMembers));
      }
    }
    this.state.changed();
  }

  #onResume(conn: GatewayConnection, d: unknown): void {
    if (conn.session) {
      this.#close(conn, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    const sessionId = isRecord(d) && typeof d.session_id === 'string' ? d.session_id : '';
    const seq = isRecord(d) && typeof d.seq === 'number' ? d.seq : null;
    const session = this.sessions.find((s) => s.id === sessionId);
    let reason: string | undefined;
    if (!isRecord(d) || d.token !== this.state.config.token) reason = 'bad token';
    else if (!session) reason = 'unknown session';
    else if (!session.resumable) reason = 'session invalidated';
    else if (seq !== null && seq > session.seq) reason = `seq ${seq} is ahead of the session (${session.seq})`;
    else if (this.#rejectResumes > 0) {
      this.#rejectResumes -= 1;
      reason = 'rejected by fault injection';
    }
    if (reason || !session) {
      this.stats.failedResumes += 1;
      this.resumes.push({ at: Date.now(), connectionId: conn.id, sessionId, seq, ok: false, replayed: 0, reason: reason ?? 'unknown session' });
      if (session) session.resumable = false;
      this.state.log(`[gateway] RESUME ${sessionId} refused: ${reason}`);
      this.stats.invalidSessionsSent += 1;
      this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      this.state.changed();
      return;
    }
    const previous = session.connection;
    if (previous && previous !== conn) this.#close(previous, GatewayCloseCodes.SessionTimedOut, 'Session resumed elsewhere');
    session.connection = conn;
    conn.session = session;
    conn.record.shardId = session.shardId;
    const missed = session.log.filter((f) => (f.s ?? 0) > (seq ?? 0));
    for (const frame of missed) this.#send(conn, frame);
    this.#emit(session, GatewayDispatchEvents.Resumed, { _trace: ['["fake-discord-gateway",{}]'] });
    conn.phase = 'ready';
    this.stats.resumes += 1;
    this.resumes.push({ at: Date.now(), connectionId: conn.id, sessionId, seq, ok: true, replayed: missed.length });
    this.state.log(`[gateway] RESUME ${sessionId} from seq ${seq}: replayed ${missed.length}`);
    this.state.changed();
  }

  #onRequestGuildMembers(conn: GatewayConnection, d: unknown): void {
    if (!isRecord(d) || !conn.session) return;
    const guildIds = Array.isArray(d.guild_id) ? d.guild_id.map(String) : [String(d.guild_id)];
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const userIds = Array.isArray(d.user_ids) ? d.user_ids.map(String) : typeof d.user_ids === 'string' ? [d.user_ids] : null;
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    for (const guildId of guildIds) {
      const guild = this.state.guilds.get(guildId);
      if (!guild) continue;
      const all = [...guild.members.values()];
      const members: APIGuildMember[] = (
        userIds
          ? all.filter((m) => userIds.includes(m.user.id))
          : all.filter((m) => m.user.username.toLowerCase().startsWith(query))
      ).slice(0, limit);
      const notFound = userIds ? userIds.filter((id) => !guild.members.has(id)) : [];
      const chunk: Record<string, unknown> = { guild_id: guildId, members, chunk_index: 0, chunk_count: 1, not_found: notFound };
      if (d.nonce !== undefined) chunk.nonce = d.nonce;
      this.#emit(conn.session, GatewayDispatchEvents.GuildMembersChunk, chunk);
    }
  }

  /** Sequence, log and (if connected) send a dispatch on a session. */
  #emit(session: GatewaySession, t: string, d: unknown): { s: number; sentLive: boolean } {
    session.seq += 1;
    const frame: GatewayFrame = { op: GatewayOpcodes.Dispatch, d, s: session.seq, t };
    session.log.push(frame);
    const conn = session.connection;
    const sentLive = conn !== null && conn.phase !== 'closed' && this.#send(conn, frame);
    this.dispatches.push({ at: Date.now(), t, shardId: session.shardId, sessionId: session.id, s: session.seq, delivered: true, sentLive });
    return { s: session.seq, sentLive };
  }

  /** The newest session for a shard (connected or waiting for a resume). */
  latestSession(shardId: number): GatewaySession | undefined {
    for (let i = this.sessions.length - 1; i >= 0; i -= 1) {
      const s = this.sessions[i];
      if (s && s.shardId === shardId) return s;
    }
    return undefined;
  }

  /** The session a dispatch for this guild (or shard; DMs go to shard 0) goes to. */
  sessionFor(target: DispatchTarget): GatewaySession | undefined {
    if (target.shardId !== undefined) return this.latestSession(target.shardId);
    if (target.guildId) {
      const guildId = target.guildId;
      for (let i = this.sessions.length - 1; i >= 0; i -= 1) {
        const s = this.sessions[i];
        if (s && shardForGuild(guildId, s.shardCount) === s.shardId) return s;
      }
      return undefined;
    }
    return this.latestSession(0);
  }

  /** True when the newest session of the shard is connected and past READY/RESUMED. */
  isLive(shardId = 0): boolean {
    const s = this.latestSession(shardId);
    return s !== undefined && s.resumable && s.connection !== null && s.connection.phase === 'ready';
  }

  /**
   * Send a dispatch to the session owning the guild/shard. Events the session's intents exclude are dropped, as
   * Discord does (MESSAGE_CREATE without GUILD_MESSAGES, message content without MESSAGE_CONTENT, ...).
   * Throws when there is no session to deliver to.
   */
  dispatch(t: string, d: unknown, target: DispatchTarget = {}): DispatchRecord {
    const session = this.sessionFor(target);
    const where = target.guildId ? `guild ${target.guildId}` : `shard ${target.shardId ?? 0}`;
    if (!session) throw new Error(`fake discord: no gateway session for ${where}; has the client logged in?`);
    if (!session.resumable) {
      throw new Error(
        `fake discord: the session for ${where} was invalidated and the client has not identified again yet; ` +
          'wait for it (fake.waitForShardReady) before dispatching',
      );
    }
    const filtered = filterByIntents(t, d, session.intents, this.state.bot.id);
    if (filtered === null) {
      const rec: DispatchRecord = { at: Date.now(), t, shardId: session.shardId, sessionId: session.id, s: null, delivered: false, sentLive: false };
      this.dispatches.push(rec);
      this.state.changed();
      return rec;
    }
    this.#emit(session, t, filtered);
    const rec = this.dispatches[this.dispatches.length - 1];
    if (!rec) throw new Error('unreachable: dispatch not recorded');
    this.state.changed();
    return rec;
  }

  // ---- fault injection -------------------------------------------------------------------------------------------

  #liveConnections(shardId?: number): GatewayConnection[] {
    return [...this.#live].filter((c) => shardId === undefined || c.session?.shardId === shardId);
  }

  /** Close the shard's socket(s) (all when shardId is omitted). 1006 drops TCP without a close frame. Returns how many. */
  closeConnections(code: number, options: { shardId?: number; reason?: string } = {}): number {
    const conns = this.#liveConnections(options.shardId);
    for (const conn of conns) {
      // 4007 (invalid seq) and 4009 (session timed out) end the session: Discord wants a fresh IDENTIFY.
      if ((code === GatewayCloseCodes.InvalidSeq || code === GatewayCloseCodes.SessionTimedOut) && conn.session) {
        conn.session.resumable = false;
      }
      this.#close(conn, code, options.reason ?? `fake discord closed the connection with ${code}`);
    }
    return conns.length;
  }

  /** Send op 7 RECONNECT. */
  sendReconnect(shardId?: number): number {
    const conns = this.#liveConnections(shardId);
    for (const conn of conns) this.#send(conn, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
    this.stats.reconnectsRequested += conns.length;
    return conns.length;
  }

  /** Send op 9 INVALID SESSION; when not resumable, the session can no longer be resumed. */
  sendInvalidSession(resumable: boolean, shardId?: number): number {
    const conns = this.#liveConnections(shardId);
    for (const conn of conns) {
      // The client answers on the same socket: a RESUME (d: true) or, after closing, a new IDENTIFY (d: false).
      if (conn.session) {
        if (!resumable) conn.session.resumable = false;
        if (conn.session.connection === conn) conn.session.connection = null;
        conn.session = null;
        conn.phase = 'hello';
      }
      this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
    this.stats.invalidSessionsSent += conns.length;
    this.state.changed();
    return conns.length;
  }

  /** Stop (false) or resume (true) acknowledging heartbeats, for one shard or all. */
  setHeartbeatAcks(enabled: boolean, shardId?: number): void {
    const key = shardId ?? 'all';
    if (enabled) {
      if (key === 'all') this.#noAck.clear();
      else this.#noAck.delete(key);
    } else {
      this.#noAck.add(key);
    }
  }

  /** Ask the client for an immediate heartbeat (server-sent op 1). */
  requestHeartbeat(shardId?: number): number {
    const conns = this.#liveConnections(shardId);
    for (const conn of conns) this.#send(conn, { op: GatewayOpcodes.Heartbeat, d: conn.session?.seq ?? null, s: null, t: null });
    return conns.length;
  }

  /** Answer the next `count` RESUMEs with op 9 (not resumable). */
  rejectNextResumes(count = 1): void {
    this.#rejectResumes += count;
  }

  get liveConnectionCount(): number {
    return this.#live.size;
  }

  close(): void {
    for (const conn of [...this.#live]) {
      conn.ws.terminate();
      this.#onClosed(conn, 1006, 'server');
    }
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
  }
}

/** GatewayMessageContentLimited | GatewayGuildMembersLimited | GatewayPresenceLimited | ApplicationCommandBadge. */
const APPLICATION_FLAGS = (1 << 19) | (1 << 15) | (1 << 13) | (1 << 23);

const MESSAGE_EVENTS = new Set<string>([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
  GatewayDispatchEvents.MessageDelete,
  GatewayDispatchEvents.MessageDeleteBulk,
]);

/** Apply Discord's intent rules to one dispatch for one session; null means "not sent". */
export function filterByIntents(t: string, d: unknown, intents: number, botId: string): unknown {
  const has = (bit: number): boolean => (intents & bit) !== 0;
  if (t.startsWith('GUILD_') && t !== GatewayDispatchEvents.GuildMembersChunk && !t.startsWith('GUILD_MEMBER')) {
    if (t.startsWith('GUILD_SCHEDULED_EVENT')) return has(GatewayIntentBits.GuildScheduledEvents) ? d : null;
    if (t.startsWith('GUILD_BAN') || t === 'GUILD_AUDIT_LOG_ENTRY_CREATE') return has(GatewayIntentBits.GuildModeration) ? d : null;
    if (t === 'GUILD_INTEGRATIONS_UPDATE') return has(GatewayIntentBits.GuildIntegrations) ? d : null;
    if (t === GatewayDispatchEvents.GuildEmojisUpdate || t === GatewayDispatchEvents.GuildStickersUpdate || t.startsWith('GUILD_SOUNDBOARD')) {
      return has(GatewayIntentBits.GuildExpressions) ? d : null;
    }
    return has(GatewayIntentBits.Guilds) ? d : null;
  }
  if (t.startsWith('GUILD_MEMBER') && t !== GatewayDispatchEvents.GuildMembersChunk) {
    return has(GatewayIntentBits.GuildMembers) ? d : null;
  }
  if (t.startsWith('CHANNEL_') || t.startsWith('THREAD_')) return has(GatewayIntentBits.Guilds) ? d : null;
  if (t === GatewayDispatchEvents.TypingStart) {
    const inGuild = isRecord(d) && typeof d.guild_id === 'string';
    return has(inGuild ? GatewayIntentBits.GuildMessageTyping : GatewayIntentBits.DirectMessageTyping) ? d : null;
  }
  if (t.startsWith('MESSAGE_REACTION')) {
    const inGuild = isRecord(d) && typeof d.guild_id === 'string';
    return has(inGuild ? GatewayIntentBits.GuildMessageReactions : GatewayIntentBits.DirectMessageReactions) ? d : null;
  }
  if (MESSAGE_EVENTS.has(t)) {
    if (!isRecord(d)) return d;
    const inGuild = typeof d.guild_id === 'string';
    if (!has(inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages)) return null;
    if ((t === GatewayDispatchEvents.MessageCreate || t === GatewayDispatchEvents.MessageUpdate) && !has(GatewayIntentBits.MessageContent)) {
      const author = isRecord(d.author) ? d.author : undefined;
      const mentions = Array.isArray(d.mentions) ? d.mentions : [];
      const mentionsBot = mentions.some((m) => isRecord(m) && m.id === botId);
      if (inGuild && author?.id !== botId && !mentionsBot) {
        return { ...d, content: '', embeds: [], attachments: [], components: [], ...('poll' in d ? { poll: undefined } : {}) };
      }
    }
    return d;
  }
  return d;
}
