// Interim bridge for modules other subsystems are still landing (starter pack, log redaction, report
// interpretation): load by path at run time, undefined when absent. Each use names its fallback.
export async function optionalExport<T>(specifier: string, name: string): Promise<T | undefined> {
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    return mod[name] as T | undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}
