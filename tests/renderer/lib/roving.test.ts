import { describe, expect, it } from 'vitest';
import { moveInRows } from '../../../renderer/src/lib/roving';

describe('moveInRows', () => {
  const counts = [2, 2, 1, 2];

  it('moves between rows with Up and Down, keeping the column the row has', () => {
    expect(moveInRows('ArrowDown', { row: 0, col: 1 }, counts)).toEqual({ row: 1, col: 1 });
    expect(moveInRows('ArrowDown', { row: 1, col: 1 }, counts)).toEqual({ row: 2, col: 0 });
    expect(moveInRows('ArrowUp', { row: 3, col: 0 }, counts)).toEqual({ row: 2, col: 0 });
    expect(moveInRows('Home', { row: 3, col: 1 }, counts)).toEqual({ row: 0, col: 1 });
    expect(moveInRows('End', { row: 0, col: 0 }, counts)).toEqual({ row: 3, col: 0 });
  });

  it('moves along a row with Left and Right', () => {
    expect(moveInRows('ArrowRight', { row: 0, col: 0 }, counts)).toEqual({ row: 0, col: 1 });
    expect(moveInRows('ArrowLeft', { row: 0, col: 1 }, counts)).toEqual({ row: 0, col: 0 });
  });

  it('does not move past the edges, nor for other keys', () => {
    expect(moveInRows('ArrowUp', { row: 0, col: 0 }, counts)).toBeNull();
    expect(moveInRows('ArrowDown', { row: 3, col: 0 }, counts)).toBeNull();
    expect(moveInRows('ArrowRight', { row: 2, col: 0 }, counts)).toBeNull();
    expect(moveInRows('ArrowLeft', { row: 1, col: 0 }, counts)).toBeNull();
    expect(moveInRows('Home', { row: 0, col: 0 }, counts)).toBeNull();
    expect(moveInRows('a', { row: 1, col: 0 }, counts)).toBeNull();
    expect(moveInRows('ArrowDown', { row: 0, col: 0 }, [])).toBeNull();
  });

  it('jumps ten rows with Page Down and Page Up, stopping at the ends', () => {
    const many = Array.from({ length: 25 }, () => 2);
    expect(moveInRows('PageDown', { row: 0, col: 1 }, many)).toEqual({ row: 10, col: 1 });
    expect(moveInRows('PageDown', { row: 20, col: 0 }, many)).toEqual({ row: 24, col: 0 });
    expect(moveInRows('PageUp', { row: 5, col: 0 }, many)).toEqual({ row: 0, col: 0 });
  });
});
