// "My street", part 1: the front door of the block of flats, the bus stop, and the corner shop.
// Each builder returns { groups, planes } around a camera at the origin; `anchors` are the hotspot spots.
import { apartmentBlock } from './kit-buildings.mjs'
import { car, bus, lampPost, tree, busShelter, busStopSign, bench, fence } from './kit-street.mjs'
import { awning, fruitStand } from './kit-places.mjs'
import { plaster, brick, boards } from '../lib/materials.mjs'
import { streetGround } from './my-street-env.mjs'
import { look } from '../lib/tracer.mjs'

export function frontDoor() {
  const g = streetGround({ r0: -10, r1: -3, crossing: [8, 12], isGrass: (x, z) => z > 4.3 && Math.abs(x) > 1.6 && z < 6 })
  return {
    planes: g.planes,
    groups: [
      ...g.groups,
      apartmentBlock({ cx: 0, cz: 12, w: 34, d: 12, floors: 4, wall: plaster('#d8b478'), door: { u: 16.2 }, seed: 1 }),
      apartmentBlock({ cx: -37, cz: 13, w: 30, d: 12, floors: 5, wall: brick('#8b4a36'), seed: 2 }),
      apartmentBlock({ cx: 36, cz: 12, w: 30, d: 12, floors: 4, wall: plaster('#a9b7bd'), seed: 3 }),
      apartmentBlock({ cx: -10, cz: -20, w: 60, d: 14, rot: Math.PI, floors: 5, wall: brick('#9a5a45'), seed: 4 }),
      apartmentBlock({ cx: 48, cz: -22, w: 24, d: 14, rot: Math.PI, floors: 3, wall: plaster('#e3ddd0'), seed: 5 }),
      car({ x: -9, z: -4.2, color: '#6d1a1e' }), car({ x: -3.6, z: -4.2, color: '#b9bcbf' }), car({ x: 4.5, z: -4.3, color: '#1f3f6b' }),
      car({ x: -25, z: -8.8, rot: Math.PI, color: '#2b2b2d' }),
      tree({ x: -14, z: -2.1, h: 7.5, r: 2.6, seed: 3 }), tree({ x: 15, z: -2.1, h: 7, r: 2.4, seed: 9 }),
      tree({ x: -26, z: 4.5, h: 9, r: 3, seed: 21, color: '#4a7030' }),
      lampPost({ x: -6, z: -2.6 }), lampPost({ x: 19, z: -2.6 }),
      busShelter({ x: 26, z: -1.4 }), busStopSign({ x: 23.5, z: -2.5 }),
      bench({ x: 4.2, z: 4, rot: Math.PI }),
    ],
  }
}

export function busStop() {
  const g = streetGround({ r0: -9.5, r1: -2.5, crossing: [5, 9] })
  return {
    planes: g.planes,
    groups: [
      ...g.groups,
      busShelter({ x: 3.2, z: 1.1 }), busStopSign({ x: 0.6, z: -1.9 }),
      bus({ x: -9, z: -4.4, rot: Math.PI }),
      apartmentBlock({ cx: 1, cz: -20.5, w: 22, d: 14, rot: Math.PI, floors: 4, wall: plaster('#e6dccb'), seed: 6,
        shop: { face: 5, u0: 2, u1: 20, h: 2.9, text: 'KIOSK', signColor: '#2f6b3a' }, balconies: false }),
      apartmentBlock({ cx: -27, cz: -20, w: 30, d: 12, rot: Math.PI, floors: 5, wall: brick('#8b4a36'), seed: 7 }),
      apartmentBlock({ cx: 30, cz: -21, w: 30, d: 14, rot: Math.PI, floors: 4, wall: plaster('#b9c4b0'), seed: 8 }),
      apartmentBlock({ cx: -8, cz: 12, w: 44, d: 12, floors: 4, wall: brick('#9a5a45'), door: { u: 10 }, seed: 9 }),
      apartmentBlock({ cx: 36, cz: 13, w: 26, d: 12, floors: 3, wall: plaster('#d8b478'), seed: 10 }),
      awning({ x0: -8, x1: 8, zWall: -13.5, yTop: 2.88, yLow: 2.4 }),
      car({ x: 18, z: -8.3, rot: Math.PI, color: '#cfcfca' }), car({ x: -26, z: -3.6, color: '#2f5d3a' }),
      tree({ x: -22, z: -1.6, h: 7, r: 2.4, seed: 5 }), tree({ x: 14, z: -1.8, h: 7.5, r: 2.5, seed: 12 }), tree({ x: 14, z: -11, h: 7, r: 2.4, seed: 14 }),
      lampPost({ x: -4, z: -2.1 }), lampPost({ x: 22, z: -2.1 }), lampPost({ x: 9, z: -10.1 }),
    ],
  }
}

export function cornerShop() {
  const g = streetGround({ r0: -9, r1: -2, crossing: [-6, -2], isGrass: (x, z) => x > 11 && z > -1 })
  return {
    planes: g.planes,
    groups: [
      ...g.groups,
      apartmentBlock({ cx: -1, cz: 11, w: 18, d: 14, floors: 4, wall: plaster('#e6dccb'), seed: 6, balconies: false,
        door: { u: 10.2, w: 1.2, color: '#2f6b3a' }, shop: { face: 5, u0: 1, u1: 17, h: 2.9, text: 'KIOSK', signColor: '#2f6b3a' } }),
      apartmentBlock({ cx: -25, cz: 11, w: 30, d: 14, floors: 5, wall: brick('#8b4a36'), seed: 11 }),
      awning({ x0: -9.5, x1: 6.5, zWall: 4, yTop: 2.88, yLow: 2.4 }),
      fruitStand({ x: -5.2, z: 3.3 }), fruitStand({ x: 4.4, z: 3.3, w: 1.8 }),
      bench({ x: 12.5, z: 2.5, rot: Math.PI / 2 }),
      fence({ x0: 11.2, z0: -1.2, x1: 11.2, z1: 3.5, color: '#2f4a33' }), fence({ x0: 11.2, z0: 6.5, x1: 11.2, z1: 30, color: '#2f4a33' }),
      tree({ x: 17, z: 6, h: 9, r: 3.2, seed: 31 }), tree({ x: 24, z: 1, h: 8, r: 2.8, seed: 33, color: '#4f7a2f' }), tree({ x: 20, z: 16, h: 10, r: 3.4, seed: 35 }),
      busShelter({ x: -1.5, z: -11.2, rot: Math.PI }), busStopSign({ x: 1.5, z: -9.6 }),
      apartmentBlock({ cx: -4, cz: -22, w: 44, d: 12, rot: Math.PI, floors: 4, wall: brick('#9a5a45'), door: { u: 30 }, seed: 9 }),
      apartmentBlock({ cx: 34, cz: -22, w: 26, d: 12, rot: Math.PI, floors: 3, wall: boards('#c9b27c'), seed: 12 }),
      car({ x: -14, z: -3.3, color: '#8a8d90' }), car({ x: 9, z: -7.7, rot: Math.PI, color: '#7b1c20' }),
      lampPost({ x: 8.5, z: -1.6 }), lampPost({ x: -16, z: -1.6 }),
    ],
  }
}

export const anchors = {
  'front-door': { door: look(0, 1.2, 6), busStop: look(26, 1.2, -1.4), park: look(-30, 0.8, 0.5) },
  'bus-stop': { bus: look(-9, 1.6, -4.4), frontDoor: look(-26, 0.9, 1.5), shop: look(3, 1.3, -13.5), timetable: look(0.6, 2.55, -1.9) },
  'corner-shop': { cake: look(-2.5, 1.4, 4), door: look(1.2, 1.6, 4), busStop: look(-1.5, 1.3, -10.5), park: look(12.5, 1, 5) },
}
