/**
 * What the timeline shows, pure (no DOM, no vis-timeline): the events placed, those that pass the
 * filter, the lanes, the selected and the focused event, and the items that draw them. The
 * controller keeps vis-timeline in step with it.
 */
import type { PageEvent } from '../../../electron/shared/contract';
import type { TimeSpan } from '../lib/time';
import type { FocusedEvent, TimelineInput } from './controller-api';
import type { BucketUnit } from './aggregate';
import { eventItem, moreItems, type Item } from './drawn-items';
import * as index from './event-index';
import { patchIndex } from './event-index-patch';
import { patchOf } from '../lib/events-patch';
import { shownPatchOf } from '../lib/facets-patch';
import { patchShown } from './shown-patch';
import { moveFocus, type Focus, type FocusMove } from './focus';
import { itemLabel } from './items';
import { chooseLabels, type LabelRoom, type LaneEvent } from './key-labels';
import { layOutLanes, type LaneLayout } from './lane-groups';
import { laneItemId } from './lanes';
import { nearestInTime } from './navigation';

/** What an input changed: the events (a new snapshot), the filter's result, the lanes. */
export interface InputChange {
  events: boolean;
  /**
   * When the events were patched by an edit (the index updated, not made again): the ids of
   * the events taken out or changed. Null when the events are new.
   */
  patched?: ReadonlySet<string> | null;
  filter: boolean;
  /** The lanes were drawn before (so that going back to the shared track takes them away). */
  hadLanes: boolean;
}

export class TimelineModel {
  input: TimelineInput | null = null;
  index: index.EventIndex = index.indexEvents([]);
  shown: index.ShownEvents = index.filterEvents(this.index, new Set());
  /** The lanes; null on the shared track. */
  layout: LaneLayout | null = null;
  selected: string | null = null;
  focused: Focus | null = null;

  /** Takes what the page shows now; null when nothing the timeline draws changed. */
  take(input: TimelineInput): InputChange | null {
    const before = this.input;
    this.input = input;
    const events = !before || before.events !== input.events;
    let patched: Set<string> | null = null;
    if (events) {
      const patch = patchOf(input.events);
      const next = patch ? patchIndex(this.index, input.events, patch) : null;
      if (next && patch) {
        patched = new Set();
        for (const i of patch.out) patched.add((patch.before[i] as PageEvent).id);
        for (const i of patch.in) patched.add((input.events[i] as PageEvent).id);
      }
      this.index = next ?? index.indexEvents(input.events);
    }
    const filter = events || !before || before.visible !== input.visible;
    const lanes =
      !before ||
      before.lanes !== input.lanes ||
      (input.lanes && (before.hidden !== input.hidden || before.actors !== input.actors));
    if (filter) this.shown = (patched && this.shownAfterEdit(before)) || this.filtered();
    else if (!lanes) return null;
    const hadLanes = this.layout !== null;
    this.layout = input.lanes ? layOutLanes(this.shown.list, input.actors, input.hidden) : null;
    return { events, patched, filter, hadLanes };
  }

  private filtered(): index.ShownEvents {
    const input = this.input as TimelineInput;
    return index.filterEvents(this.index, input.visible, input.shown);
  }

  /**
   * After an edit with the filter unchanged (the page's list shown was patched from the one this
   * model last took), the events shown before updated with those the edit took out and put in.
   */
  private shownAfterEdit(before: TimelineInput | null): index.ShownEvents | null {
    const input = this.input as TimelineInput;
    const shownPatch = input.shown && shownPatchOf(input.shown);
    if (!before?.shown || shownPatch?.before !== before.shown) return null;
    return patchShown(this.shown, this.index, input.visible, new Set(shownPatch.in));
  }

  eventOf(p: index.PlacedEvent): PageEvent {
    return this.index.events[p.index] as PageEvent;
  }

  /**
   * The items of the events shown over `extent`: one per event (and lane), for the most salient
   * that fit `room` (the selected and focused events always), the others counted per period of
   * `unit` ("+117 more"); and those periods, for a click to zoom into.
   */
  eventItems(extent: TimeSpan, room: LabelRoom, unit: BucketUnit): { items: Item[]; periods: TimeSpan[] } {
    const laneIds = this.layout?.ids;
    const candidates: LaneEvent[] = [];
    for (const p of index.eventsIn(this.shown, extent)) {
      if (!laneIds) candidates.push({ p, lane: null });
      else for (const lane of p.lanes) if (laneIds.has(lane)) candidates.push({ p, lane });
    }
    const always = new Set<string>();
    if (this.selected !== null) always.add(this.selected);
    if (this.focused) always.add(this.focused.id);
    const salience = (p: index.PlacedEvent) => this.eventOf(p).salience ?? 0;
    const { labelled, more } = chooseLabels(candidates, salience, room, always, unit);
    const focused = this.focused;
    const items = labelled.map(({ p, lane }) =>
      eventItem(this.eventOf(p), p, lane, focused?.id === p.id && (!lane || focused.lane === lane)),
    );
    const bands = moreItems(more, unit);
    return { items: [...items, ...bands.items], periods: bands.periods };
  }

  /** True when an item of the event is among `drawn`. */
  isDrawn(id: string, drawn: Iterable<Item>): boolean {
    for (const item of drawn) if (item.event === id) return true;
    return false;
  }

  /** Focuses `next`; returns the drawn items to re-class (those of the event that lost focus and of the one that got it). */
  focus(next: Focus, drawn: Iterable<Item>): Item[] {
    const before = this.focused;
    this.focused = next;
    const touched: Item[] = [];
    for (const item of drawn) {
      const p =
        item.event === before?.id || item.event === next.id ? this.index.byId(item.event ?? '') : undefined;
      if (!p) continue;
      const lane = item.group ?? null;
      touched.push(eventItem(this.eventOf(p), p, lane, p.id === next.id && (!lane || next.lane === lane)));
    }
    return touched;
  }

  /** Where a keyboard move takes the focus (see focus.ts): the focus to set, or null to stay. */
  nextFocus(direction: FocusMove, window: TimeSpan, collapsed: ReadonlySet<string>): Focus | null {
    const ctx = { index: this.index, shown: this.shown, lanes: this.layout, collapsed, window };
    return moveFocus(ctx, this.currentFocus(), this.selected, direction);
  }

  /** The focused event when it is still among the events. */
  currentFocus(): Focus | null {
    return this.focused && this.index.byId(this.focused.id) ? this.focused : null;
  }

  /** The event of `lane` nearest in time to the focused one (or to `t` without one). */
  nearestIn(lane: string, t: number): Focus | null {
    const at = (this.focused && this.index.byId(this.focused.id)?.start) ?? t;
    const item = nearestInTime(this.layout?.events.get(lane) ?? [], at);
    return item ? { id: item.id, lane } : null;
  }

  describe(f: Focus): FocusedEvent | null {
    const p = this.index.byId(f.id);
    return p ? { id: f.id, lane: f.lane, label: itemLabel(this.eventOf(p)) } : null;
  }

  /** "title, date, actors" of the event an item draws; null for bands. */
  labelOf(item: Item | undefined): string | null {
    const p = this.index.byId(item?.event ?? '');
    return p ? itemLabel(this.eventOf(p)) : null;
  }

  /** Id of the item of an event: in `lane` when it has one, else in its first lane drawn. */
  itemIdOf(eventId: string, lane: string | null): string | null {
    if (!this.layout) return eventId;
    const ids = this.layout.ids;
    const p = this.index.byId(eventId);
    const l = lane && p?.lanes.includes(lane) ? lane : p?.lanes.find((x) => ids.has(x));
    return l ? laneItemId(eventId, l) : null;
  }
}
