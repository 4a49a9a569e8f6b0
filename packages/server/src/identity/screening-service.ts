/**
 * The screening service around the engine (screening/): which lists to load (configured paths or
 * URLs; production defaults to the official downloads; development to the copies in the repository's
 * `data/sanctions/`; the fictitious sandbox lists outside production only), keeping the current
 * `Screener`s, refreshing every `FINLET_SANCTIONS_REFRESH_HOURS` and telling listeners which lists
 * changed so approved customers get re-screened. Loading is lazy: nothing is read until the first
 * screening.
 *
 * Screening fails closed: every configured list is required. One that never loaded, or whose last
 * good load is older than `FINLET_SANCTIONS_MAX_AGE_HOURS`, makes `screen`/`screenPep` throw 503
 * `screening_unavailable` (never a screening over the other lists alone) and `availability()` —
 * which `/readyz` reports — say which list and why. A failed refresh keeps the previous copy until
 * that age.
 *
 * Sanctions screening covers every loaded list (of an OpenSanctions export, the entries with a
 * sanction). PEP screening covers the PEP entries of a configured OpenSanctions export and, outside
 * production, the sandbox PEP list; with neither there is no PEP list, and the PEP check is reported
 * as not performed, never as clear.
 */
import type { Logger } from 'pino';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';
import type { ListState } from '../observability/metrics.ts';
import {
  type ListSnapshot,
  type ListSource,
  loadList,
  OFFICIAL_SOURCES,
  PEP,
  referenceSources,
  SANCTION,
  Screener,
  type ScreeningHit,
  type ScreeningQuery,
} from '../screening/index.ts';
import { pepSnapshot } from './pep-list.ts';

export interface ListInfo {
  name: string;
  version: string;
  loaded_at: string;
}

/** One configured list as `/readyz` reports it. */
export interface ListAvailability {
  /** The configured source (`ofac_sdn`, `un_consolidated`, `opensanctions`, `sandbox`). */
  source: ListSource['list'];
  /** `loaded`; `missing` (never loaded); `stale` (last good load older than the maximum age). */
  state: 'loaded' | 'missing' | 'stale';
  version?: string;
  loaded_at?: string;
  /** Why the last load failed, when it did. */
  error?: string;
}

/** What one load attempt left a source with: the snapshot screened against now, and the attempt's error. */
export interface ListLoad {
  source: ListSource['list'];
  /** The snapshot in use (this attempt's, or the previous one kept after a failure); none before a good load. */
  list?: { name: string; version: string; entries: number; loadedAt: Date };
  attemptedAt: Date;
  error?: string;
}

export interface Availability {
  /** `not_loaded` until the first screening (or readiness probe) loads the lists. */
  status: 'available' | 'unavailable' | 'not_loaded';
  lists: ListAvailability[];
}

export interface ScreeningService {
  /** Sanctions screening against every loaded list, hits sorted by score descending. */
  screen(query: ScreeningQuery, threshold?: number): Promise<{ lists: ListInfo[]; hits: ScreeningHit[] }>;
  /** Screening against the PEP lists; `performed: false` when no PEP list is loaded. */
  screenPep(query: ScreeningQuery): Promise<PepScreening>;
  /** Which configured lists are usable (`not_loaded` before the first screening loads them). */
  availability(): Availability;
  /** The version of each sanctions list screened against now (loads them; throws when unusable). */
  versions(): Promise<Record<string, string>>;
  /** Reloads every list; resolves with the names of those whose content changed. */
  refresh(): Promise<string[]>;
  /** Called after a refresh that changed lists (re-screening hooks in here). */
  onChange(listener: (changed: string[]) => Promise<void>): void;
  /** Called after every load of the lists, good or not, with each source's state (list-loads.ts stores it). */
  onLoad(listener: (loads: ListLoad[]) => Promise<void>): void;
  close(): void;
}

export type PepScreening =
  | { performed: false }
  | { performed: true; lists: ListInfo[]; hits: ScreeningHit[] };

/** Each configured list's age and whether screening can use it, for the metrics. */
export function listStates(screening: ScreeningService, now: Date): ListState[] {
  return screening.availability().lists.map((l) => ({
    source: l.source,
    usable: l.state === 'loaded',
    ...(l.loaded_at && { ageSeconds: Math.max(0, (now.getTime() - Date.parse(l.loaded_at)) / 1000) }),
  }));
}

/**
 * `alt.csv` / `add.csv` beside an SDN location, path or URL, keeping its extension
 * (`…/sdn.csv.gz` → `…/alt.csv.gz`).
 */
export function sibling(sdn: string, file: 'alt' | 'add'): string {
  const slash = sdn.lastIndexOf('/') + 1;
  const name = sdn.slice(slash);
  const dot = name.indexOf('.');
  return `${sdn.slice(0, slash)}${file}${dot >= 0 ? name.slice(dot) : '.csv'}`;
}

/** The list sources for this configuration (see the README's configuration table). */
export function sanctionsSources(config: Config): ListSource[] {
  const sources: ListSource[] = [];
  const {
    FINLET_SANCTIONS_OFAC_SDN: sdn,
    FINLET_SANCTIONS_OFAC_ALT: alt,
    FINLET_SANCTIONS_OFAC_ADD: add,
    FINLET_SANCTIONS_OPENSANCTIONS: openSanctions,
  } = config;
  const official = OFFICIAL_SOURCES;
  const configured = sdn || config.FINLET_SANCTIONS_UN || openSanctions;
  if (configured) {
    if (sdn)
      sources.push({
        list: 'ofac_sdn',
        sdn,
        alt: alt ?? sibling(sdn, 'alt'),
        add: add ?? sibling(sdn, 'add'),
      });
    if (config.FINLET_SANCTIONS_UN)
      sources.push({ list: 'un_consolidated', xml: config.FINLET_SANCTIONS_UN });
    // Several exports may be named, separated by spaces (e.g. OpenSanctions' sanctions and peps).
    if (openSanctions) sources.push({ list: 'opensanctions', csv: openSanctions.trim().split(/\s+/) });
  } else if (config.NODE_ENV === 'production') {
    sources.push(...official);
  } else if (config.NODE_ENV === 'development') {
    sources.push(...referenceSources());
  }
  // The fictitious lists answer the sandbox values in development and tests, never in production.
  if (config.NODE_ENV !== 'production') sources.push({ list: 'sandbox' });
  return sources;
}

/** A snapshot's entries with a topic; entries of a list that states no topics count as sanctions. */
function withTopic(snapshot: ListSnapshot, topic: string): ListSnapshot {
  const keep = (topics: string[] | undefined) => (topics ? topics.includes(topic) : topic === SANCTION);
  return { ...snapshot, entries: snapshot.entries.filter((e) => keep(e.topics)) };
}

export function createScreeningService(
  config: Config,
  logger: Logger,
  now: () => Date = () => new Date(),
  sources: ListSource[] = sanctionsSources(config),
): ScreeningService {
  let snapshots = new Map<string, ListSnapshot>();
  /** Per configured source: the last good snapshot's name and when it loaded, or the last error. */
  const loads = new Map<ListSource['list'], { name?: string; at?: Date; error?: string }>();
  const maxAgeMs = config.FINLET_SANCTIONS_MAX_AGE_HOURS * 3_600_000;
  let screener: Screener | undefined;
  let pep: Screener | undefined;
  let loading: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const sandboxPep = config.NODE_ENV === 'production' ? [] : [pepSnapshot(now())];
  const listeners: ((changed: string[]) => Promise<void>)[] = [];
  const loadListeners: ((loads: ListLoad[]) => Promise<void>)[] = [];

  async function loadAll(): Promise<string[]> {
    const next = new Map(snapshots);
    const changed: string[] = [];
    const attemptedAt = now();
    for (const source of sources) {
      try {
        const snap = await loadList(source, { now });
        const previous = snapshots.get(snap.name);
        const hash = (v: string) => v.slice(v.indexOf('sha256:'));
        if (previous && hash(previous.version) !== hash(snap.version)) changed.push(snap.name);
        next.set(snap.name, snap);
        loads.set(source.list, { name: snap.name, at: now() });
      } catch (err) {
        // Keep the previous snapshot of this list (if any) until it is too old; screening without
        // the list would fail open.
        logger.error({ err, list: source.list }, 'sanctions list could not be loaded');
        const previous = loads.get(source.list);
        loads.set(source.list, { ...previous, error: err instanceof Error ? err.message : String(err) });
      }
    }
    snapshots = next;
    screener = new Screener([...next.values()].map((snap) => withTopic(snap, SANCTION)));
    const peps = [...[...next.values()].map((snap) => withTopic(snap, PEP)), ...sandboxPep].filter(
      (snap) => snap.entries.length > 0,
    );
    pep = peps.length > 0 ? new Screener(peps) : undefined;
    logger.info(
      {
        lists: [...next.values()].map((s) => ({
          name: s.name,
          version: s.version,
          entries: s.entries.length,
        })),
      },
      'sanctions lists loaded',
    );
    await tellLoads(attemptedAt);
    return changed;
  }

  /** Hands each source's state to the load listeners; their failure never fails a screening. */
  async function tellLoads(attemptedAt: Date): Promise<void> {
    const states = sources.map((source): ListLoad => {
      const load = loads.get(source.list);
      const snap = load?.name ? snapshots.get(load.name) : undefined;
      const list =
        snap && load?.at
          ? { name: snap.name, version: snap.version, entries: snap.entries.length, loadedAt: load.at }
          : undefined;
      return {
        source: source.list,
        attemptedAt,
        ...(list && { list }),
        ...(load?.error && { error: load.error }),
      };
    });
    for (const listener of loadListeners) {
      await listener(states).catch((err) =>
        logger.error({ err }, 'sanctions list loads could not be recorded'),
      );
    }
  }

  function ensureLoaded(): Promise<void> {
    loading ??= loadAll().then(() => {
      const hours = config.FINLET_SANCTIONS_REFRESH_HOURS;
      if (hours > 0) {
        timer = setInterval(
          () => void service.refresh().catch((err) => logger.error({ err }, 'list refresh failed')),
          hours * 3_600_000,
        );
        timer.unref();
      }
    });
    return loading;
  }

  function availability(): Availability {
    const lists = sources.map((source): ListAvailability => {
      const load = loads.get(source.list);
      const snap = load?.name ? snapshots.get(load.name) : undefined;
      const error = load?.error ? { error: load.error } : {};
      if (!snap || !load?.at) return { source: source.list, state: 'missing', ...error };
      const stale = maxAgeMs > 0 && now().getTime() - load.at.getTime() > maxAgeMs;
      const { version, loaded_at } = snap;
      return { source: source.list, state: stale ? 'stale' : 'loaded', version, loaded_at, ...error };
    });
    if (loads.size === 0) return { status: 'not_loaded', lists: [] };
    return { status: lists.every((l) => l.state === 'loaded') ? 'available' : 'unavailable', lists };
  }

  /** Loads the lists if needed, then throws unless every configured list is usable. */
  async function usable(): Promise<void> {
    await ensureLoaded();
    const down = availability().lists.filter((l) => l.state !== 'loaded');
    if (down.length === 0) return;
    throw new ApiError(
      'screening_unavailable',
      `Screening is unavailable: ${down.map((l) => `${l.source} (${l.state})`).join(', ')}.`,
    );
  }

  const service: ScreeningService = {
    availability,
    async versions() {
      await usable();
      return Object.fromEntries(screener!.lists.map((l) => [l.name, l.version]));
    },
    async screen(query, threshold) {
      await usable();
      const s = screener!;
      return { lists: s.lists, hits: s.screen(query, threshold === undefined ? {} : { threshold }) };
    },
    async screenPep(query) {
      await usable();
      if (!pep) return { performed: false };
      return { performed: true, lists: pep.lists, hits: pep.screen({ ...query, type: 'individual' }) };
    },
    async refresh() {
      await ensureLoaded();
      const changed = await loadAll();
      if (changed.length > 0) for (const l of listeners) await l(changed);
      return changed;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    onLoad(listener) {
      loadListeners.push(listener);
    },
    close() {
      if (timer) clearInterval(timer);
    },
  };
  return service;
}
