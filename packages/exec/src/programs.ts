// The external programs Lan Tỏa runs, in one list: the names to look for, the environment variable
// that points at one installed elsewhere, and where Debian may put it outside PATH.

export interface Program {
  /** Tried in turn on the search path. */
  readonly names: readonly [string, ...string[]];
  /** Names the program's path (or another name to look up), for one installed outside PATH. */
  readonly variable: string;
  /** Directories outside PATH where Debian installs it, searched last. */
  readonly directories?: readonly string[];
}

export const PROGRAMS = {
  /** LibreOffice headless (Debian libreoffice-writer-nogui): .docx → .pdf. */
  libreoffice: {
    names: ['soffice', 'libreoffice'],
    variable: 'LANTOA_SOFFICE_COMMAND',
    directories: ['/usr/lib/libreoffice/program'],
  },
  /** Poppler (poppler-utils): the first page of a PDF as a picture. */
  pdftoppm: { names: ['pdftoppm'], variable: 'LANTOA_PDFTOPPM_COMMAND' },
  /** ffmpeg: audio encoding and decoding, video poster frames. */
  ffmpeg: { names: ['ffmpeg'], variable: 'LANTOA_FFMPEG_COMMAND' },
  /** ffprobe (in ffmpeg): durations. */
  ffprobe: { names: ['ffprobe'], variable: 'LANTOA_FFPROBE_COMMAND' },
  /** espeak-ng: the default speech engine. */
  espeakNg: { names: ['espeak-ng'], variable: 'LANTOA_ESPEAK_COMMAND' },
  /** Piper neural voices: not packaged by Debian, installed by hand. */
  piper: { names: ['piper'], variable: 'LANTOA_PIPER_COMMAND' },
} as const satisfies Record<string, Program>;
