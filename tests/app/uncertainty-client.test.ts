// Checks the uncertainty client: the main-thread fallback, the worker protocol with a fake worker, and that only the latest request wins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMonteCarlo } from '../../src/analysis/monte-carlo.ts';
import type { MonteCarloReply, MonteCarloRequest } from '../../src/analysis/monte-carlo.worker.ts';
import { createUncertaintyClient } from '../../src/app/uncertainty-client.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import type { Scenario } from '../../src/engine/types.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';

const model = compileModel(crudeLeverageModel);
const at = (drop: number): Scenario => ({ ...model.defaults, drop });
const expected = (scenario: Scenario, seed: number, draws: number) =>
  runMonteCarlo(model, outputs, scenario, { seed, draws });

/** A stand-in for a Worker: records what it is sent and lets the test reply or fail. */
class FakeWorker {
  sent: MonteCarloRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: unknown) => void)[]>();
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(request: MonteCarloRequest) {
    this.sent.push(structuredClone(request));
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  /** Answers the last request as the real worker would. */
  replyToLast(reply?: Partial<MonteCarloReply>) {
    const request = this.sent.at(-1)!;
    const result = runMonteCarlo(model, request.roles, request.scenario, { seed: request.seed, draws: request.draws });
    this.emit('message', { data: { id: request.id, result, ...reply } });
  }
}

function withFake() {
  const fake = new FakeWorker();
  const client = createUncertaintyClient({ model, createWorker: () => fake as unknown as Worker });
  return { fake, client };
}

afterEach(() => vi.restoreAllMocks());

describe('createUncertaintyClient without a Worker (node, jsdom, a file:// page)', () => {
  it('computes the band on the main thread, after a timeout', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createUncertaintyClient({ model });
    await expect(client.request(at(10), 42, 300)).resolves.toEqual(expected(at(10), 42, 300));
  });

  it('also falls back when making the worker throws, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createUncertaintyClient({
      model,
      createWorker: () => {
        throw new Error('SecurityError');
      },
    });
    await expect(client.request(at(0), 1, 100)).resolves.toEqual(expected(at(0), 1, 100));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('resolves superseded requests to null and never runs them', async () => {
    let evaluations = 0;
    const counting = { ...model, evaluate: (scenario: Partial<Scenario>) => (evaluations++, model.evaluate(scenario)) };
    const client = createUncertaintyClient({ model: counting, createWorker: () => null });
    const requests = [1, 2, 3, 4].map((drop) => client.request(at(drop), drop, 100));
    const results = await Promise.all(requests);
    expect(results.slice(0, 3)).toEqual([null, null, null]);
    expect(results[3]).toEqual(expected(at(4), 4, 100));
    expect(evaluations).toBe(100);
  });

  it('resolves a failing request to null instead of throwing, logging once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createUncertaintyClient({ model, createWorker: () => null });
    await expect(client.request(at(0), 1, -5)).resolves.toBeNull();
    await expect(client.request(at(0), 1, 1.5)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('resolves everything to null once disposed', async () => {
    const client = createUncertaintyClient({ model, createWorker: () => null });
    const pending = client.request(at(0), 1, 100);
    client.dispose();
    await expect(pending).resolves.toBeNull();
    await expect(client.request(at(0), 1, 100)).resolves.toBeNull();
  });
});

describe('createUncertaintyClient with a worker', () => {
  it('sends a plain copy of the scenario with the roles the band reads, and resolves with the reply', async () => {
    const { fake, client } = withFake();
    const live = { ...at(10) };
    const pending = client.request(live, 7, 200);
    live.drop = 30; // a later change to the page's scenario does not reach the request
    expect(fake.sent).toEqual([{ id: 1, scenario: at(10), draws: 200, seed: 7, roles: outputs }]);
    // Plain data all through: what the worker's postMessage must be able to copy.
    expect(structuredClone(fake.sent[0])).toEqual(fake.sent[0]);
    fake.replyToLast();
    await expect(pending).resolves.toEqual(expected(at(10), 7, 200));
  });

  it('keeps one request running and one waiting: superseded ones resolve null and are never sent', async () => {
    const { fake, client } = withFake();
    const first = client.request(at(1), 1, 100);
    const middle = [2, 3, 4].map((drop) => client.request(at(drop), drop, 100));
    await expect(first).resolves.toBeNull();
    await expect(Promise.all(middle.slice(0, 2))).resolves.toEqual([null, null]);
    expect(fake.sent.map((request) => request.scenario.drop)).toEqual([1]);
    fake.replyToLast(); // the stale answer for drop 1 is dropped; drop 4 is sent next
    expect(fake.sent.map((request) => request.scenario.drop)).toEqual([1, 4]);
    fake.replyToLast();
    await expect(middle[2]).resolves.toEqual(expected(at(4), 4, 100));
  });

  it('resolves an error reply to null', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, client } = withFake();
    const pending = client.request(at(0), 1, 100);
    fake.emit('message', { data: { id: 1, error: 'boom' } });
    await expect(pending).resolves.toBeNull();
  });

  it('switches to the main thread when the worker fails, finishing the request in progress', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, client } = withFake();
    const pending = client.request(at(5), 5, 100);
    fake.emit('error', { message: 'cannot load module', preventDefault: () => {} });
    expect(fake.terminated).toBe(true);
    await expect(pending).resolves.toEqual(expected(at(5), 5, 100));
    await expect(client.request(at(6), 6, 100)).resolves.toEqual(expected(at(6), 6, 100));
    expect(fake.sent).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('sends an edited model with an id that stays the same for that model', () => {
    const { fake, client } = withFake();
    const edited = compileModel({
      ...crudeLeverageModel,
      parameters: crudeLeverageModel.parameters.map(({ spread: _s, ...p }) => p),
    });
    void client.request(at(0), 1, 100, edited);
    fake.replyToLast();
    void client.request(at(1), 1, 100, edited);
    void client.request(at(1), 1, 100);
    expect(fake.sent[0]!.edited).toEqual({ modelId: 1, declaration: edited.declaration });
    expect(fake.sent[1]!.edited?.modelId).toBe(1);
  });

  it('terminates the worker on dispose', async () => {
    const { fake, client } = withFake();
    const pending = client.request(at(0), 1, 100);
    client.dispose();
    expect(fake.terminated).toBe(true);
    await expect(pending).resolves.toBeNull();
  });
});
