/**
 * The TimelineJS3 JSON format as its documentation describes it
 * (https://timeline.knightlab.com/docs/json-format.html), as a zod schema: a timeline object with
 * `events` (slides), optional `title`, `eras` and `scale`; slides with a `start_date` (all but
 * the title), optional `end_date`, `text`, `media`, `group`, `display_date`, `background`,
 * `autolink`, `unique_id`; dates with a required `year` and optional month … millisecond and
 * `display_date`.
 */
import { z } from 'zod';

const int = (min: number, max: number) =>
  z.union([z.number().int().min(min).max(max), z.string().regex(/^\d+$/)]);

export const timelineJsDate = z.strictObject({
  year: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]),
  month: int(1, 12).optional(),
  day: int(1, 31).optional(),
  hour: int(0, 23).optional(),
  minute: int(0, 59).optional(),
  second: int(0, 59).optional(),
  millisecond: int(0, 999).optional(),
  display_date: z.string().optional(),
  format: z.string().optional(),
});

const text = z.strictObject({ headline: z.string().optional(), text: z.string().optional() });
const media = z.strictObject({
  url: z.string(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  thumbnail: z.string().optional(),
  alt: z.string().optional(),
  title: z.string().optional(),
  link: z.string().optional(),
  link_target: z.string().optional(),
});

const slideFields = {
  end_date: timelineJsDate.optional(),
  text: text.optional(),
  media: media.optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  background: z.strictObject({ url: z.string().optional(), color: z.string().optional() }).optional(),
  autolink: z.boolean().optional(),
  unique_id: z
    .string()
    .regex(/^[\w-]+$/, 'usable in a URL hash')
    .optional(),
};

export const timelineJsSlide = z.strictObject({ start_date: timelineJsDate, ...slideFields });
export const timelineJsTitle = z.strictObject({ start_date: timelineJsDate.optional(), ...slideFields });

export const timelineJsFile = z.strictObject({
  events: z.array(timelineJsSlide),
  title: timelineJsTitle.optional(),
  eras: z
    .array(z.strictObject({ start_date: timelineJsDate, end_date: timelineJsDate, text: text.optional() }))
    .optional(),
  scale: z.enum(['human', 'cosmological']).optional(),
});
