import { describe, expect, it } from 'vitest'
import { gpanoXmp } from './testing/image-fixtures'
import { parseGPano } from './xmp-gpano'

const properties = {
  ProjectionType: 'equirectangular',
  FullPanoWidthPixels: 8000,
  FullPanoHeightPixels: 4000,
  CroppedAreaImageWidthPixels: 6000,
  CroppedAreaImageHeightPixels: 2000,
  CroppedAreaLeftPixels: 1000,
  CroppedAreaTopPixels: 900,
  PoseHeadingDegrees: 291.5,
  PosePitchDegrees: -2,
  PoseRollDegrees: 1.25,
  InitialViewHeadingDegrees: 300,
  InitialViewPitchDegrees: 10,
  InitialHorizontalFOVDegrees: 90,
}

const expected = {
  projectionType: 'equirectangular',
  fullPanoWidthPx: 8000,
  fullPanoHeightPx: 4000,
  croppedAreaImageWidthPx: 6000,
  croppedAreaImageHeightPx: 2000,
  croppedAreaLeftPx: 1000,
  croppedAreaTopPx: 900,
  poseHeadingDeg: 291.5,
  posePitchDeg: -2,
  poseRollDeg: 1.25,
  initialViewHeadingDeg: 300,
  initialViewPitchDeg: 10,
  initialHorizontalFovDeg: 90,
}

describe('parseGPano', () => {
  it('reads every property written as attributes', () => {
    expect(parseGPano(gpanoXmp(properties, 'attributes'))).toEqual(expected)
  })

  it('reads every property written as elements', () => {
    expect(parseGPano(gpanoXmp(properties, 'elements'))).toEqual(expected)
  })

  it('follows whatever prefix the packet binds to the GPano namespace', () => {
    expect(parseGPano(gpanoXmp({ FullPanoWidthPixels: 100 }, 'elements', 'pano'))).toEqual({ fullPanoWidthPx: 100 })
  })

  it('accepts single quotes, spaces and entity-escaped text', () => {
    const xmp = `<rdf:Description GPano:ProjectionType = 'Equirectangular' GPano:PoseHeadingDegrees=" 12.5 "/>`
    expect(parseGPano(xmp)).toEqual({ projectionType: 'equirectangular', poseHeadingDeg: 12.5 })
  })

  it('leaves out values that are not plain numbers', () => {
    const xmp = gpanoXmp({ FullPanoWidthPixels: '1e999', FullPanoHeightPixels: 'NaN', PoseHeadingDegrees: '0x10', PosePitchDegrees: '' })
    expect(parseGPano(xmp)).toBeUndefined()
  })

  it('gives undefined for XMP without GPano and survives hostile input', () => {
    expect(parseGPano('<x:xmpmeta><rdf:RDF><rdf:Description xmp:Rating="5"/></rdf:RDF></x:xmpmeta>')).toBeUndefined()
    expect(parseGPano('<GPano:FullPanoWidthPixels>' + '<'.repeat(100_000))).toBeUndefined()
    expect(parseGPano(' GPano:PoseHeadingDegrees="' + '1'.repeat(100_000))).toBeUndefined()
  })
})
