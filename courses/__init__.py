"""Courses: staff e-learning modules, quizzes, completions and certificates."""
