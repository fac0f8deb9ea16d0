//! Lists of places, one per key, in one flat array: for whole-scenario passes that would
//! otherwise allocate a vector per node.

/// Lists of numbers, one list per key, in one array: the lists of key `k` are
/// `items[start[k]..start[k + 1]]`.
pub(crate) struct Lists {
    pub(crate) start: Vec<u32>,
    pub(crate) items: Vec<u32>,
}

impl Lists {
    /// From `(key, item)` pairs, each key's items in the pairs' order.
    pub(crate) fn from_pairs(
        keys: usize,
        pairs: impl Iterator<Item = (usize, usize)> + Clone,
    ) -> Lists {
        let mut start = vec![0u32; keys + 1];
        for (key, _) in pairs.clone() {
            if let Some(count) = start.get_mut(key + 1) {
                *count += 1;
            }
        }
        for k in 0..keys {
            start[k + 1] += start[k];
        }
        let mut next: Vec<u32> = start.clone();
        let mut items = vec![0u32; start[keys] as usize];
        for (key, item) in pairs {
            if let Some(at) = next.get_mut(key) {
                items[*at as usize] = u32::try_from(item).unwrap_or(u32::MAX);
                *at += 1;
            }
        }
        Lists { start, items }
    }

    pub(crate) fn get(&self, key: usize) -> &[u32] {
        match (self.start.get(key), self.start.get(key + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}
