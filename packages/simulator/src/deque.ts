/** Array-backed double-ended queue: O(1) push, shift and unshift (preempted requests go to the front). */
export class Deque<T> {
  private items: (T | undefined)[] = new Array(16);
  private head = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  peek(): T | undefined {
    return this.size === 0 ? undefined : this.items[this.head];
  }

  at(i: number): T {
    return this.items[(this.head + i) & (this.items.length - 1)] as T;
  }

  push(v: T): void {
    if (this.size === this.items.length) this.grow();
    this.items[(this.head + this.size) & (this.items.length - 1)] = v;
    this.size++;
  }

  unshift(v: T): void {
    if (this.size === this.items.length) this.grow();
    this.head = (this.head - 1) & (this.items.length - 1);
    this.items[this.head] = v;
    this.size++;
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const v = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size--;
    return v;
  }

  /** Remove the first element matching `pred`; O(n), used only for aborts. */
  remove(pred: (v: T) => boolean): T | undefined {
    const all = this.toArray();
    const i = all.findIndex(pred);
    if (i < 0) return undefined;
    const [v] = all.splice(i, 1);
    this.items = new Array(this.items.length);
    this.head = 0;
    this.size = 0;
    for (const x of all) this.push(x);
    return v;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.at(i));
    return out;
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.items.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = this.at(i);
    this.items = next;
    this.head = 0;
  }
}
