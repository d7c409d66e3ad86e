// Replays bytes written to a terminal through a terminal emulator and reads back what a person would see.
import xterm from '@xterm/headless';

/**
 * The screen and scrollback after `bytes`, one string per row, trailing blanks trimmed. `fromPty`: the bytes
 * came through a pseudo-terminal (`script`), which already turned "\n" into "\r\n"; otherwise the emulator does.
 */
export async function replay(bytes: string, options: { columns: number; fromPty?: boolean }): Promise<string[]> {
  const terminal = new xterm.Terminal({ cols: options.columns, rows: 24, scrollback: 10_000, allowProposedApi: true, convertEol: options.fromPty !== true });
  await new Promise<void>((resolve) => terminal.write(bytes, resolve));
  const buffer = terminal.buffer.active;
  const rows: string[] = [];
  for (let i = 0; i < buffer.length; i += 1) rows.push(buffer.getLine(i)?.translateToString(true) ?? '');
  terminal.dispose();
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return rows;
}
