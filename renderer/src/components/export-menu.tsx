import { useRef, useState } from 'react';
import type {
  ExportedFile,
  ExportFormat,
  ExportOptions,
  NewslineApi,
} from '../../../electron/shared/contract';
import { downloadFile } from '../lib/download';
import type { Dispatcher } from '../state/dispatcher';
import { Popover } from './popover';

export interface ExportMenuProps {
  dispatcher: Dispatcher;
  /** Ids of the events to export: the filtered ones. */
  eventIds(): string[];
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Offers a file to save (a download by default). */
  save?(file: ExportedFile): void;
  /** The title and filters in words of what is exported (the TimelineJS story's title slide). */
  exportOptions?(): ExportOptions;
  /** Makes and saves the PNG and the PDF of the sharing layout (hooks/use-share.ts); by default asks for them directly. */
  onSharePng?(): Promise<void>;
  onSharePdf?(): Promise<void>;
}

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'Events as JSON' },
  { format: 'csv', label: 'Events as CSV (spreadsheet)' },
  { format: 'timelinejs', label: 'TimelineJS story (JSON)' },
];

/** Export of the filtered events (JSON, CSV, TimelineJS), the timeline as PNG or PDF, and import of a JSON export. */
export function ExportMenu({
  dispatcher,
  eventIds,
  open,
  onOpenChange,
  save = downloadFile,
  exportOptions,
  onSharePng,
  onSharePdf,
}: ExportMenuProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: (api: NewslineApi) => Promise<unknown>, failure: string) => {
    setBusy(true);
    try {
      if (await dispatcher.attempt(work, failure)) onOpenChange(false);
    } finally {
      setBusy(false);
    }
  };
  const count = open ? eventIds().length : 0;
  const savePng = onSharePng ?? (async (api: NewslineApi) => save(await api.capturePng()));
  const savePdf =
    onSharePdf ??
    (async (api: NewslineApi) => {
      const file = await api.printPdf();
      if (file) save(file);
    });
  return (
    <Popover
      label="Export"
      panelLabel="Export and import"
      open={open}
      onOpenChange={onOpenChange}
      title="Export (Ctrl+E)"
    >
      <p className="muted">
        {count} filtered event{count === 1 ? '' : 's'}
      </p>
      <ul className="menu-list">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(
                  async (api) => save(await api.exportEvents(format, eventIds(), exportOptions?.() ?? {})),
                  'Could not export',
                )
              }
            >
              {label}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(savePng, 'Could not save the picture')}
          >
            Visible timeline as PNG
          </button>
        </li>
        <li>
          <button type="button" disabled={busy} onClick={() => void run(savePdf, 'Could not make the PDF')}>
            Timeline as PDF
          </button>
        </li>
        <li>
          <button type="button" disabled={busy} onClick={() => input.current?.click()}>
            Import events from JSON…
          </button>
        </li>
      </ul>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-json-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file)
            void run(
              async (api) => dispatcher.show(await api.importEvents(await file.text())),
              'Could not import the events',
            );
        }}
      />
    </Popover>
  );
}
