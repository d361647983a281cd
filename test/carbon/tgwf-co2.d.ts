// Minimal types for the @tgwf/co2 data subpaths the tests read (the package ships no declarations for them).
declare module '@tgwf/co2/data/electricity-maps' {
  interface YearlyZone {
    zone: { zoneName: string; countryName?: string; displayName?: string };
    carbonIntensity: { value: number; unit: string };
  }
  export const yearly2025: { data: Record<string, YearlyZone>; methodology: string };
}
declare module '@tgwf/co2/data' {
  export const averageIntensity: { data: Record<string, number>; type: string };
}
