import { Help, type Command, type Option, type Argument } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Đối số:',
};

const vietnameseTerms = (s: string) => s.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');

function extras(choices: readonly string[] | undefined, defaultValue: unknown, showDefault: boolean): string[] {
  const out: string[] = [];
  if (choices) out.push(`một trong: ${choices.join(', ')}`);
  if (defaultValue !== undefined && showDefault) out.push(`mặc định: ${String(defaultValue)}`);
  return out;
}

const withExtras = (description: string, more: string[]) =>
  more.length ? `${description}${description ? ' ' : ''}(${more.join('; ')})` : description;

/** Commander's help in Vietnamese: section titles, `[tùy chọn]`, choices and defaults. */
export const VIETNAMESE_HELP: Partial<Help> = {
  styleTitle: (s: string) => TITLES[s] ?? s,
  commandUsage(this: Help, cmd: Command) {
    return vietnameseTerms(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command) {
    return vietnameseTerms(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(o: Option) {
    const show = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
    return withExtras(o.description, extras(o.argChoices, o.defaultValueDescription ?? o.defaultValue, show));
  },
  argumentDescription(a: Argument) {
    return withExtras(a.description, extras(a.argChoices, a.defaultValueDescription ?? a.defaultValue, true));
  },
};

const MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '(.*?)'/, (o) => `lỗi: không có tùy chọn '${o}'`],
  [/^error: unknown command '(.*?)'/, (c) => `lỗi: không có lệnh '${c}'`],
  [/^error: missing required argument '(.*?)'/, (a) => `lỗi: thiếu đối số bắt buộc '${a}'`],
  [/^error: option '(.*?)' argument missing/, (o) => `lỗi: tùy chọn '${o}' thiếu giá trị`],
  [/^error: required option '(.*?)' not specified/, (o) => `lỗi: thiếu tùy chọn bắt buộc '${o}'`],
  [
    /^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*?)\.$/m,
    (o, v, c) => `lỗi: giá trị '${v}' của tùy chọn '${o}' không hợp lệ; chỉ được dùng: ${c}.`,
  ],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\./, (o, v) => `lỗi: giá trị '${v}' của tùy chọn '${o}' không hợp lệ.`],
  [
    /^error: too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `lỗi: thừa đối số${c ? ` cho lệnh '${c}'` : ''}: cần ${e}, nhận ${g}.`,
  ],
  [/^error: (.*?) cannot be used with (.*)$/m, (a, b) => `lỗi: ${a} không dùng cùng ${b}`],
  [/^error: /, () => 'lỗi: '],
];

/** A commander error message in Vietnamese ("error: unknown option '--x'" → "lỗi: không có tùy chọn '--x'"). */
export function vietnameseError(message: string): string {
  let out = message;
  for (const [re, vi] of MESSAGES) {
    const m = re.exec(out);
    if (m) {
      out = out.replace(m[0], vi(...m.slice(1).map((x) => x ?? '')));
      break;
    }
  }
  return out
    .replace(/\(Did you mean one of (.*?)\?\)/, '(Có phải ý bạn là một trong: $1?)')
    .replace(/\(Did you mean (.*?)\?\)/, '(Có phải ý bạn là $1?)');
}

/** Applies Vietnamese help, error messages, help option and help command to `program` (inherited by its commands). */
export function localise(program: Command): Command {
  return program
    .configureHelp(VIETNAMESE_HELP)
    .configureOutput({ outputError: (s, write) => write(vietnameseError(s)) })
    .helpOption('-h, --help', 'hiển thị trợ giúp của lệnh')
    .helpCommand('help [lệnh]', 'hiển thị trợ giúp của một lệnh')
    .showHelpAfterError('(xem hướng dẫn: thêm --help vào sau lệnh)');
}
