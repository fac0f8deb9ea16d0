//! Work too long for one frame (a staff list of 100,000 rows read, built and compared with the
//! open plan), done on a thread of its own while the window goes on drawing and shows how far
//! the work has come. Dropping a job drops its result: the thread runs to its end and its
//! answer goes nowhere, so a cancelled job changes nothing.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::progress::Progress;

/// Work running on its own thread.
pub struct Job<T> {
    progress: Arc<Progress>,
    receiver: Receiver<T>,
}

/// What a job says when asked.
pub enum Polled<T> {
    /// Still running.
    Running,
    /// Done, with its result.
    Done(T),
    /// Ended without a result (the thread panicked): a fault of orgplan's, said as such.
    Lost,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread of its own; it reports how far it has come in the progress it
    /// is given.
    pub fn spawn(work: impl FnOnce(&Progress) -> T + Send + 'static) -> Job<T> {
        let progress = Arc::new(Progress::default());
        let (sender, receiver) = channel();
        let shared = Arc::clone(&progress);
        std::thread::spawn(move || {
            // The receiver is gone when the job was dropped: nobody wants the answer.
            let _ = sender.send(work(&shared));
        });
        Job { progress, receiver }
    }

    /// The result, once the work is done.
    pub fn poll(&self) -> Polled<T> {
        match self.receiver.try_recv() {
            Ok(result) => Polled::Done(result),
            Err(TryRecvError::Empty) => Polled::Running,
            Err(TryRecvError::Disconnected) => Polled::Lost,
        }
    }

    /// How far it has come.
    #[must_use]
    pub fn progress(&self) -> &Progress {
        &self.progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Stage;

    fn wait<T: Send + 'static>(job: &Job<T>) -> Polled<T> {
        for _ in 0..500 {
            match job.poll() {
                Polled::Running => std::thread::sleep(std::time::Duration::from_millis(10)),
                done => return done,
            }
        }
        Polled::Running
    }

    #[test]
    fn a_job_answers_once_done_and_a_panicking_one_is_lost() {
        let job = Job::spawn(|progress| {
            progress.start(Stage::Building, 10);
            progress.set(10);
            41 + 1
        });
        assert!(matches!(wait(&job), Polled::Done(42)));
        assert_eq!(job.progress().counts(), (10, 10));
        #[allow(clippy::panic)]
        let lost: Job<u8> = Job::spawn(|_| panic!("a fault"));
        assert!(matches!(wait(&lost), Polled::Lost));
    }
}
