import type { ResolvedEngineConfig } from "./config.ts";
import { CostModel, type StepCost, type StepWork } from "./cost-model.ts";
import { Deque } from "./deque.ts";
import { KvBlockPool } from "./kv-cache.ts";
import { RequestState } from "./request-state.ts";
import type { EngineObserver, FinishReason, Rejection, RequestInput, RequestRecord, StepStats } from "./types.ts";

export interface EngineOptions {
  readonly index?: number;
  readonly observer?: EngineObserver;
  /** Keep every token's time in the records (memory grows with total output tokens). */
  readonly recordTokenTimes?: boolean;
}

type MutableStepStats = { -readonly [K in keyof StepStats]: StepStats[K] };

/**
 * One vLLM V1 engine core: FCFS waiting queue, running list, token budget with chunked prefill,
 * KV blocks with prefix caching, recompute preemption. `step(now)` schedules, prices the step with the
 * roofline model and applies its outcome; tokens carry the time `now + duration`.
 */
export class Engine {
  readonly index: number;
  readonly kv: KvBlockPool;
  private readonly waiting = new Deque<RequestState>();
  private running: RequestState[] = [];
  private readonly cost: CostModel;
  private readonly observer: EngineObserver | undefined;
  private readonly recordTokenTimes: boolean;
  private readonly byId = new Map<string, RequestState>();
  // Reused per step to keep the hot loop free of allocation.
  private schedReqs: RequestState[] = [];
  private schedTokens: number[] = [];
  private readonly work: StepWork = { tokens: 0, seqs: 0, sampled: 0, attnTerm: 0, kvTokensRead: 0 };
  private readonly stepCost: StepCost = { duration: 0, computeTime: 0, memoryTime: 0, flops: 0, bytes: 0 };
  private readonly stats: MutableStepStats;
  /** Steps taken and preemptions so far (cumulative, like vLLM's counters). */
  numSteps = 0;
  numPreemptions = 0;

  constructor(readonly config: ResolvedEngineConfig, opts: EngineOptions = {}) {
    this.index = opts.index ?? 0;
    this.kv = new KvBlockPool(config.memory.numGpuBlocks);
    this.cost = new CostModel(config);
    this.observer = opts.observer;
    this.recordTokenTimes = opts.recordTokenTimes ?? false;
    this.stats = {
      engine: this.index, start: 0, duration: 0, computeTime: 0, memoryTime: 0, numSeqs: 0, numTokens: 0,
      numPrefillTokens: 0, numDecodeSeqs: 0, flops: 0, bytes: 0, kvUsage: 0, numRunning: 0, numWaiting: 0, numPreempted: 0,
    };
  }

  get numRunning(): number {
    return this.running.length;
  }

  get numWaiting(): number {
    return this.waiting.length;
  }

  get kvUsage(): number {
    return this.kv.usage;
  }

  hasWork(): boolean {
    return this.running.length > 0 || this.waiting.length > 0;
  }

  /** What vLLM's frontend refuses with HTTP 400 before a request reaches the engine. */
  check(input: RequestInput): Rejection | undefined {
    const maxLen = this.config.maxModelLen;
    if (input.promptTokens >= maxLen) {
      return { reason: "prompt_too_long", message:
        `This model's maximum context length is ${maxLen} tokens. However, your request has ${input.promptTokens} input tokens. ` +
        `Please reduce the length of the input messages.` };
    }
    if (input.maxTokens !== undefined && input.promptTokens + input.maxTokens > maxLen) {
      return { reason: "max_tokens_too_large", message:
        `This model's maximum context length is ${maxLen} tokens. However, you requested ${input.promptTokens + input.maxTokens} tokens ` +
        `(${input.promptTokens} in the messages, ${input.maxTokens} in the completion). Please reduce the length of the messages or completion.` };
    }
    return undefined;
  }

  /** Queue a request (arrived at `input.arrival`). Returns the rejection instead when it cannot be served. */
  add(input: RequestInput): Rejection | undefined {
    const rejection = this.check(input);
    if (rejection) return rejection;
    if (this.byId.has(input.id)) throw new Error(`duplicate request id ${input.id}`);
    const r = new RequestState(input, this.index, this.config.maxModelLen, this.recordTokenTimes);
    this.byId.set(input.id, r);
    this.waiting.push(r);
    return undefined;
  }

  /** Client went away: free its blocks and report it with finish_reason "abort". */
  abort(id: string, now: number): boolean {
    const r = this.byId.get(id);
    if (!r) return false;
    if (r.running) {
      this.running = this.running.filter((x) => x !== r);
      this.freeBlocks(r);
    } else {
      this.waiting.remove((x) => x === r);
      this.freeBlocks(r);
    }
    this.finish(r, "abort", now);
    return true;
  }

  /** Run one engine step starting at `now`; returns its duration (0 when there was nothing to do). */
  step(now: number): number {
    const n = this.schedule(now);
    if (n === 0) return 0;
    const c = this.cost.cost(this.work, this.stepCost);
    const end = now + c.duration;
    this.numSteps++;
    this.apply(n, end);
    if (this.observer?.onStep) {
      const s = this.stats;
      s.start = now; s.duration = c.duration; s.computeTime = c.computeTime; s.memoryTime = c.memoryTime;
      s.flops = c.flops; s.bytes = c.bytes; s.kvUsage = this.kv.usage;
      s.numRunning = this.running.length; s.numWaiting = this.waiting.length;
      this.observer.onStep(s);
    }
    return c.duration;
  }

  /** Pick this step's requests and token counts; fills schedReqs/schedTokens and `work`. */
  private schedule(now: number): number {
    const cfg = this.config;
    const bs = cfg.blockSize;
    const w = this.work;
    w.tokens = 0; w.seqs = 0; w.sampled = 0; w.attnTerm = 0; w.kvTokensRead = 0;
    let prefillTokens = 0;
    let decodeSeqs = 0;
    let preempted = 0;
    let budget = cfg.maxNumBatchedTokens;
    let n = 0;
    const running = this.running;

    for (let i = 0; i < running.length && budget > 0; ) {
      const r = running[i]!;
      let k = r.numTokens - r.numComputed;
      if (k > budget) k = budget;
      const need = Math.ceil((r.numComputed + k) / bs) - r.numBlocks;
      let scheduled = true;
      while (need > 0 && !this.kv.canAllocate(need, 0)) {
        const victim = running.pop()!;
        this.preempt(victim, now);
        preempted++;
        if (victim === r) { scheduled = false; break; }
      }
      if (!scheduled) break;
      if (need > 0) { this.kv.allocate(need); r.numBlocks += need; }
      n = this.push(n, r, k);
      if (r.numComputed + k >= r.numTokens) { w.sampled++; if (k === 1) decodeSeqs++; else prefillTokens += k; } else prefillTokens += k;
      budget -= k;
      i++;
    }

    // V1 admits no new request in a step that had to preempt.
    if (preempted === 0) {
      while (this.waiting.length > 0 && budget > 0 && running.length < cfg.maxNumSeqs) {
        const r = this.waiting.peek()!;
        let hitBlocks = 0;
        let fromLru = 0;
        if (r.numComputed === 0 && cfg.enablePrefixCaching && r.input.blockHashes) {
          // At least the last token is recomputed so the step yields logits.
          const found = this.kv.lookup(r.input.blockHashes, Math.floor((r.numTokens - 1) / bs));
          hitBlocks = found.hits;
          fromLru = found.fromLru;
        }
        const computed = hitBlocks * bs;
        let k = r.numTokens - computed;
        if (!cfg.enableChunkedPrefill && k > budget) break;
        if (k > budget) k = budget;
        const need = Math.ceil((computed + k) / bs) - hitBlocks;
        if (!this.kv.canAllocate(need, fromLru)) break;
        this.waiting.shift();
        if (r.numComputed === 0 && cfg.enablePrefixCaching && r.input.blockHashes) {
          const queried = r.numTokens;
          this.observer?.onPrefixCacheQuery?.(this.index, queried, computed);
          if (r.cachedTokens < 0) r.cachedTokens = computed;
        }
        if (hitBlocks > 0) this.kv.acquireCached(r.input.blockHashes!, hitBlocks);
        this.kv.allocate(need);
        r.numHashed = hitBlocks;
        r.numBlocks = hitBlocks + need;
        r.numComputed = computed;
        r.running = true;
        if (Number.isNaN(r.scheduledAt)) r.scheduledAt = now;
        running.push(r);
        n = this.push(n, r, k);
        if (computed + k >= r.numTokens) w.sampled++;
        prefillTokens += k;
        budget -= k;
      }
    }
    w.seqs = n;
    const s = this.stats;
    s.numSeqs = n; s.numTokens = w.tokens; s.numPrefillTokens = prefillTokens; s.numDecodeSeqs = decodeSeqs;
    s.numPreempted = preempted;
    return n;
  }

  private push(n: number, r: RequestState, k: number): number {
    this.schedReqs[n] = r;
    this.schedTokens[n] = k;
    const w = this.work;
    w.tokens += k;
    w.attnTerm += k * (r.numComputed + k / 2);
    w.kvTokensRead += r.numComputed;
    return n + 1;
  }

  /** The step finished at `end`: advance computed tokens, emit tokens, finish requests. */
  private apply(n: number, end: number): void {
    const bs = this.config.blockSize;
    const maxLen = this.config.maxModelLen;
    const obs = this.observer;
    let finished = 0;
    for (let i = 0; i < n; i++) {
      const r = this.schedReqs[i]!;
      r.numComputed += this.schedTokens[i]!;
      if (r.publishing && r.input.blockHashes && this.config.enablePrefixCaching) this.publishBlocks(r, bs);
      if (r.numComputed < r.numTokens) continue; // a prefill chunk: no token yet
      r.outputTokens++;
      if (r.outputTokens === 1 && Number.isNaN(r.firstTokenAt)) r.firstTokenAt = end;
      r.tokenTimes?.push(end);
      obs?.onToken?.(r, end);
      if (r.outputTokens >= r.target || r.numTokens >= maxLen) {
        r.running = false;
        finished++;
      }
    }
    if (finished > 0) {
      const keep: RequestState[] = [];
      for (const r of this.running) {
        if (r.running) keep.push(r);
        else {
          this.freeBlocks(r);
          this.finish(r, r.outputTokens >= r.target ? r.targetReason : "length", end);
        }
      }
      this.running = keep;
    }
  }

  private publishBlocks(r: RequestState, bs: number): void {
    const hashes = r.input.blockHashes!;
    while (r.numHashed < r.numBlocks && r.numHashed < hashes.length && (r.numHashed + 1) * bs <= r.numComputed) {
      if (!this.kv.publish(hashes[r.numHashed]!)) { r.publishing = false; return; }
      r.numHashed++;
    }
  }

  private preempt(r: RequestState, now: number): void {
    this.freeBlocks(r);
    r.numComputed = 0;
    r.running = false;
    r.publishing = true;
    r.numPreemptions++;
    this.numPreemptions++;
    this.waiting.unshift(r);
    this.observer?.onPreempt?.(r, now);
  }

  private freeBlocks(r: RequestState): void {
    this.kv.release(r.input.blockHashes, r.numHashed, r.numBlocks - r.numHashed);
    r.numBlocks = 0;
    r.numHashed = 0;
  }

  private finish(r: RequestState, reason: FinishReason, t: number): void {
    this.byId.delete(r.input.id);
    if (!this.observer?.onFinish) return;
    const rec: RequestRecord = {
      id: r.input.id, engine: this.index, arrival: r.input.arrival, promptTokens: r.promptTokens,
      outputTokens: r.outputTokens, maxTokens: r.maxTokens, cachedTokens: Math.max(0, r.cachedTokens),
      finishReason: reason, scheduledAt: r.scheduledAt, firstTokenAt: r.firstTokenAt, finishedAt: t,
      numPreemptions: r.numPreemptions, tokenTimes: r.tokenTimes, paramsN: r.input.paramsN ?? 1,
    };
    this.observer.onFinish(rec);
  }
}
