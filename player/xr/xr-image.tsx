import { useEffect, useMemo } from 'react'
import { MeshBasicMaterial, SRGBColorSpace, TextureLoader } from 'three'

export type PanelImage = { url: string; widthM: number; heightM: number; description: string }

/** A billboard's picture on a headset panel; a picture that fails to load leaves an empty frame. */
export function XrImage({ image, position }: { image: PanelImage; position: [number, number, number] }) {
  const material = useMemo(() => new MeshBasicMaterial({ color: '#2a2f37', transparent: true, depthWrite: false }), [])
  useEffect(() => {
    let live = true
    const texture = new TextureLoader().load(image.url, (loaded) => {
      if (!live) return
      loaded.colorSpace = SRGBColorSpace
      material.map = loaded
      material.color.set('#ffffff')
      material.needsUpdate = true
    })
    return () => {
      live = false
      texture.dispose()
    }
  }, [image.url, material])
  useEffect(() => () => material.dispose(), [material])
  return (
    <mesh position={position} material={material} renderOrder={22} raycast={() => null}>
      <planeGeometry args={[image.widthM, image.heightM]} />
    </mesh>
  )
}

/** Fits a picture of `aspect` (width / height) into a panel column, at most `maxHeightM` tall. */
export const fitPanelImage = (url: string, aspect: number, maxWidthM: number, maxHeightM: number, description: string): PanelImage => {
  const widthM = Math.min(maxWidthM, maxHeightM * aspect)
  return { url, widthM, heightM: widthM / aspect, description }
}
