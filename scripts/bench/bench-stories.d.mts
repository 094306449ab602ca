export type BenchImage = { file: string; width: number; height: number; bytes: number; sha256: string }
export type BenchFiles = { A: BenchImage; B: BenchImage; Apreview: BenchImage; Bpreview: BenchImage }
export declare const hotspotGrid: () => unknown[]
export declare const twoSceneStory: (variant: 'preview' | 'full' | 'hotspots', files: BenchFiles) => unknown
export declare const chainStory: (count: number, files: BenchFiles) => unknown
