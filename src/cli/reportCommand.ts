export async function runReport(_a: string[], _io: unknown): Promise<number> { return 2; }
