export declare const TARGET_SERIES: Record<'communities-served' | 'delivery-time' | 'renewal-rate', number[]>;
export declare function targetPoints(id: keyof typeof TARGET_SERIES): {date: string; value: number}[];
export declare function generateExampleRawData(): Record<string, string>;
