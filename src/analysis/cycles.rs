//! Cycle finding without recursion, so that a 100,000-deep hierarchy cannot overflow the stack.

/// The cycles of a directed graph on `0..n`, each as the list of its nodes, found by an
/// iterative depth-first search. Every node on a cycle is in at least one reported cycle.
#[must_use]
pub fn find_cycles<'a>(n: usize, successors: impl Fn(usize) -> &'a [usize]) -> Vec<Vec<usize>> {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; n];
    let mut stack_pos = vec![usize::MAX; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut cycles = Vec::new();
    for start in 0..n {
        if state[start] != NEW {
            continue;
        }
        state[start] = OPEN;
        stack_pos[start] = 0;
        stack.push((start, 0));
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let succ = successors(node);
            if let Some(&s) = succ.get(*next) {
                *next += 1;
                if s >= n {
                    continue;
                }
                match state[s] {
                    NEW => {
                        state[s] = OPEN;
                        stack_pos[s] = stack.len();
                        stack.push((s, 0));
                    }
                    OPEN => {
                        let from = stack_pos[s];
                        cycles.push(stack[from..].iter().map(|&(v, _)| v).collect());
                    }
                    _ => {}
                }
            } else {
                state[node] = DONE;
                stack.pop();
            }
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cycle_and_ignores_a_chain() {
        let graph: Vec<Vec<usize>> = vec![vec![1], vec![2], vec![0], vec![0]];
        let cycles = find_cycles(4, |v| &graph[v]);
        assert_eq!(cycles, vec![vec![0, 1, 2]]);
        let chain: Vec<Vec<usize>> = vec![vec![1], vec![2], vec![]];
        assert!(find_cycles(3, |v| &chain[v]).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 200_000;
        let chain: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        assert!(find_cycles(n, |v| &chain[v]).is_empty());
    }
}
