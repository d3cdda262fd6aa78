// The parts of web-ext's programmatic API the Firefox tests use (the package ships no types).
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  export interface Runner {
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean; selfHosted?: boolean; pretty?: boolean }, options?: { shouldExitProgram?: boolean }): Promise<LintResult>;
      run(
        params: {
          sourceDir: string;
          firefox?: string;
          startUrl?: string[];
          pref?: Record<string, string | number | boolean>;
          noInput?: boolean;
          noReload?: boolean;
          args?: string[];
          target?: string[];
          verbose?: boolean;
        },
        options?: { shouldExitProgram?: boolean },
      ): Promise<Runner>;
    };
  };
  export default webExt;
}
