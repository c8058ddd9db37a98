//! A list of at most `N` small values held inline, for the short lists the
//! extractors build by the thousand and mostly drop (a name's words, a
//! match's neighbours): no allocation, and `Copy` when the values are.

/// Up to `N` values in place; reads as a slice. Cost: a length and `N`
/// values; pushing is a store. Pushing more than `N` panics.
#[derive(Clone, Copy, Debug)]
pub struct InlineList<T, const N: usize> {
    len: usize,
    at: [T; N],
}

impl<T: Copy + Default, const N: usize> Default for InlineList<T, N> {
    fn default() -> Self {
        InlineList {
            len: 0,
            at: [T::default(); N],
        }
    }
}

impl<T, const N: usize> InlineList<T, N> {
    /// Appends `x`.
    pub fn push(&mut self, x: T) {
        self.at[self.len] = x;
        self.len += 1;
    }
}

impl<T, const N: usize> std::ops::Deref for InlineList<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.at[..self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::InlineList;

    #[test]
    fn reads_back_what_was_pushed() {
        let mut l = InlineList::<usize, 3>::default();
        assert!(l.is_empty());
        l.push(7);
        l.push(9);
        assert_eq!(&*l, &[7, 9]);
        let copy = l;
        l.push(1);
        assert_eq!((&*copy, &*l), (&[7, 9][..], &[7, 9, 1][..]));
    }

    #[test]
    #[should_panic]
    fn pushing_past_capacity_panics() {
        let mut l = InlineList::<u8, 1>::default();
        l.push(1);
        l.push(2);
    }
}
