#!/usr/bin/env node
/*---------------------------------------------------------------------------------------------
 *  Licensed under the MIT License. See LICENSE in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

// Draws media/icon.png (128×128): an orange shield with a white tick on a dark rounded square.
// Plain Node (zlib for the PNG), so the icon can be redrawn on any machine:
//   node scripts/make-icon.mjs

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 128;
const samples = 4;
const background = [0x23, 0x2f, 0x3e];
const shield = [0xff, 0x99, 0x00];
const tick = [0xff, 0xff, 0xff];

function insideRoundedSquare(x, y) {
	const radius = 24;
	const dx = Math.max(radius - x, 0, x - (size - radius));
	const dy = Math.max(radius - y, 0, y - (size - radius));
	return dx * dx + dy * dy <= radius * radius;
}

function insideShield(x, y) {
	const halfWidth = 34;
	if (y < 20 || y > 112) {
		return false;
	}
	if (y <= 66) {
		return Math.abs(x - 64) <= halfWidth;
	}
	const t = (y - 66) / (112 - 66);
	return Math.abs(x - 64) <= halfWidth * Math.sqrt(1 - t * t);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
	const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
	const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length2));
	return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onTick(x, y) {
	const points = [
		[46, 64],
		[59, 78],
		[84, 48],
	];
	return Math.min(distanceToSegment(x, y, points[0], points[1]), distanceToSegment(x, y, points[1], points[2])) <= 5.5;
}

/** The colour and coverage of one sample point; later layers paint over earlier ones. */
function sample(x, y) {
	if (!insideRoundedSquare(x, y)) {
		return undefined;
	}
	if (onTick(x, y)) {
		return tick;
	}
	return insideShield(x, y) ? shield : background;
}

const pixels = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
	const row = y * (size * 4 + 1);
	pixels[row] = 0; // PNG filter type: none
	for (let x = 0; x < size; x++) {
		const sum = [0, 0, 0];
		let covered = 0;
		for (let sy = 0; sy < samples; sy++) {
			for (let sx = 0; sx < samples; sx++) {
				const colour = sample(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
				if (colour) {
					covered++;
					colour.forEach((value, i) => (sum[i] += value));
				}
			}
		}
		const offset = row + 1 + x * 4;
		for (let i = 0; i < 3; i++) {
			pixels[offset + i] = covered ? Math.round(sum[i] / covered) : 0;
		}
		pixels[offset + 3] = Math.round((covered / (samples * samples)) * 255);
	}
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) {
		c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return c >>> 0;
});

function crc32(buffer) {
	let c = 0xffffffff;
	for (const byte of buffer) {
		c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
	}
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	chunk('IHDR', header),
	chunk('IDAT', deflateSync(pixels, { level: 9 })),
	chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');
writeFileSync(out, png);
console.log(`${path.relative(process.cwd(), out)}: ${png.length} bytes`);
